package com.candidatesearch.parse.read;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ResumeParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Pictures inside an office file are not read by OCR: a LibreOffice file's thumbnail or a
 * logo took seconds of Tesseract a file, and their words are no part of the resume's text.
 */
class OfficePicturesTests {

	@Test
	void aWordFileIsReadForItsTextNotForTheWordsInItsPictures() throws Exception {
		assumeThat(onPath("tesseract")).as("Tesseract installed, as CI installs it").isTrue();
		ParseResult result = new ResumeParser().parse("ada.docx", docxWithPicture("QUOKKA ZEBRA"));
		assertThat(result.text()).contains("Ada Lovelace").doesNotContain("QUOKKA").doesNotContain("ZEBRA");
	}

	private static byte[] docxWithPicture(String words) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Ada Lovelace");
			document.createParagraph().createRun().setText("ada@example.org");
			XWPFRun run = document.createParagraph().createRun();
			run.addPicture(new ByteArrayInputStream(png(words)), Document.PICTURE_TYPE_PNG, "logo.png",
					Units.toEMU(300), Units.toEMU(60));
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] png(String words) throws IOException {
		BufferedImage image = new BufferedImage(1200, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 1200, 200);
		graphics.setColor(Color.BLACK);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 96));
		graphics.drawString(words, 20, 140);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(File.pathSeparator))
			.anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
	}

}

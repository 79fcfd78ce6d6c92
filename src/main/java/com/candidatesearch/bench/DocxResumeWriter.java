package com.candidatesearch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Random;

import com.candidatesearch.bench.ResumeDocument.Block;
import com.candidatesearch.bench.ResumeDocument.Section;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word documents as people write them: section titles in Word's own Heading styles, or a
 * two-column table with the section title in the first cell, which many templates use.
 */
final class DocxResumeWriter {

	private static final String[] FONTS = { "Calibri", "Cambria", "Arial", "Georgia" };

	private DocxResumeWriter() {
	}

	static byte[] write(ResumeDocument resume, boolean table, Random random) {
		String font = FONTS[random.nextInt(FONTS.length)];
		int size = 10 + random.nextInt(3);
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = docx.createStyles();
			addHeadingStyle(styles, "Title", "Title");
			addHeadingStyle(styles, "Heading1", "heading 1");
			addHeadingStyle(styles, "Heading2", "heading 2");
			XWPFParagraph name = docx.createParagraph();
			name.setStyle("Title");
			run(name, resume.name(), font, size + 10, true);
			resume.contact().forEach(line -> run(docx.createParagraph(), line, font, size, false));
			XWPFTable grid = table ? docx.createTable(resume.sections().size(), 2) : null;
			for (int i = 0; i < resume.sections().size(); i++) {
				Section section = resume.sections().get(i);
				if (grid != null) {
					XWPFTableCell title = grid.getRow(i).getCell(0);
					run(title.getParagraphs().get(0), section.heading(), font, size + 1, true);
					XWPFTableCell body = grid.getRow(i).getCell(1);
					body.removeParagraph(0);
					section.blocks().forEach(block -> block(body.addParagraph(), block, resume.bullet(), font, size, false));
				}
				else {
					XWPFParagraph heading = docx.createParagraph();
					heading.setStyle("Heading1");
					run(heading, section.heading(), font, size + 3, true);
					section.blocks().forEach(block -> block(docx.createParagraph(), block, resume.bullet(), font, size, true));
				}
			}
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void block(XWPFParagraph paragraph, Block block, String bullet, String font, int size,
			boolean styled) {
		switch (block.kind()) {
			case ENTRY -> {
				if (styled) {
					paragraph.setStyle("Heading2");
				}
				run(paragraph, block.text(), font, size, true);
			}
			case LINE -> run(paragraph, block.text(), font, size, false);
			case BULLET -> {
				paragraph.setIndentationLeft(360);
				run(paragraph, bullet + " " + block.text(), font, size, false);
			}
		}
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(font);
		run.setFontSize(size);
		run.setBold(bold);
	}

	/** Word finds a heading by its style's name, so the style must exist, not only be referenced. */
	private static void addHeadingStyle(XWPFStyles styles, String id, String name) {
		CTStyle ct = CTStyle.Factory.newInstance();
		ct.setStyleId(id);
		ct.addNewName().setVal(name);
		ct.setType(STStyleType.PARAGRAPH);
		ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(name.endsWith("2") ? 1 : 0));
		XWPFStyle style = new XWPFStyle(ct);
		style.setType(STStyleType.PARAGRAPH);
		styles.addStyle(style);
	}

}

package com.candidatesearch.parse.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of a PDF made of page images (a scan) with Tesseract through Tika's OCR parser,
 * when Tesseract is installed ({@code apt-get install tesseract-ocr}); says so when it is not.
 */
public final class ScannedPdfReader {

	/** A resume is a few pages; a long scan is not worth minutes of OCR. */
	static final int MAX_PAGES = 6;

	/** Tesseract reads best at about 300 dots per inch. */
	private static final float DPI = 300;

	private final TesseractOCRParser ocr = new TesseractOCRParser();

	private final boolean available;

	/** @param tesseractPath the folder holding the tesseract program, or {@code null} for the system path */
	public ScannedPdfReader(String tesseractPath) {
		if (tesseractPath != null) {
			this.ocr.setTesseractPath(tesseractPath);
		}
		this.available = probe(this.ocr);
	}

	boolean available() {
		return this.available;
	}

	/** The text of the first pages, page after page. */
	String text(PDDocument document) throws IOException, SAXException, TikaException {
		PDFRenderer renderer = new PDFRenderer(document);
		StringBuilder text = new StringBuilder();
		for (int page = 0; page < Math.min(document.getNumberOfPages(), MAX_PAGES); page++) {
			BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			Metadata metadata = new Metadata();
			metadata.set(Metadata.CONTENT_TYPE, "image/png");
			ToTextContentHandler handler = new ToTextContentHandler();
			try (TikaInputStream stream = TikaInputStream.get(png.toByteArray())) {
				this.ocr.parse(stream, handler, metadata, new ParseContext());
			}
			text.append(handler).append('\n');
		}
		return text.toString();
	}

	private static boolean probe(TesseractOCRParser ocr) {
		try {
			ocr.initialize(Map.of());
			return ocr.hasTesseract();
		}
		catch (TikaConfigException | RuntimeException ex) {
			return false;
		}
	}

}

package com.candidatesearch.parse.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import com.candidatesearch.parse.layout.Line;

/** A one-page PDF put together line by line in a test, in Helvetica, with y measured from the top. */
final class TestPdf {

	private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final List<Text> texts = new ArrayList<>();

	private final List<Link> links = new ArrayList<>();

	private final List<Box> boxes = new ArrayList<>();

	/** Text at x and y (its baseline, from the top of a letter page), with letters spaced by spacing points. */
	TestPdf text(float x, float y, float size, String text, float spacing) {
		this.texts.add(new Text(x, y, size, text, spacing));
		return this;
	}

	TestPdf text(float x, float y, String text) {
		return text(x, y, 10, text, 0);
	}

	/** A link to uri over the box from x, y (top left, from the top of the page) of the given size. */
	TestPdf link(float x, float y, float width, float height, String uri) {
		this.links.add(new Link(x, y, width, height, uri));
		return this;
	}

	/** A filled rectangle from x, y (top left, from the top of the page), as a browser paints a list's disc. */
	TestPdf box(float x, float y, float width, float height) {
		this.boxes.add(new Box(x, y, width, height));
		return this;
	}

	byte[] bytes() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			float height = PDRectangle.LETTER.getHeight();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				for (Box box : this.boxes) {
					content.addRect(box.x(), height - box.y() - box.height(), box.width(), box.height());
					content.fill();
				}
				for (Text text : this.texts) {
					content.beginText();
					content.setFont(HELVETICA, text.size());
					content.setCharacterSpacing(text.spacing());
					content.newLineAtOffset(text.x(), height - text.y());
					content.showText(text.text());
					content.endText();
				}
			}
			for (Link link : this.links) {
				PDAnnotationLink annotation = new PDAnnotationLink();
				annotation.setRectangle(new PDRectangle(link.x(), height - link.y() - link.height(), link.width(), link.height()));
				PDActionURI action = new PDActionURI();
				action.setURI(link.uri());
				annotation.setAction(action);
				page.getAnnotations().add(annotation);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines the PDF reader makes of the page. */
	List<Line> lines() {
		try (PDDocument document = Loader.loadPDF(bytes())) {
			return PdfLayout.lines(PdfWords.of(document));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Text(float x, float y, float size, String text, float spacing) {
	}

	private record Link(float x, float y, float width, float height, String uri) {
	}

	private record Box(float x, float y, float width, float height) {
	}

}

package com.candidatesearch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.candidatesearch.bench.ResumeDocument.Block;
import com.candidatesearch.bench.ResumeDocument.Section;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * PDFs as a word processor prints them: one column, or a narrow side column for skills,
 * languages and certificates beside the main one; a font family and size per resume; bullets
 * as glyphs; as many Letter pages as the text needs.
 */
final class PdfResumeWriter {

	private static final FontName[][] FAMILIES = { { FontName.HELVETICA, FontName.HELVETICA_BOLD },
			{ FontName.TIMES_ROMAN, FontName.TIMES_BOLD }, { FontName.COURIER, FontName.COURIER_BOLD } };

	private static final float MARGIN = 50;

	private static final float TOP = PDRectangle.LETTER.getHeight() - MARGIN;

	private final List<Text> texts = new ArrayList<>();

	private final PDFont regular;

	private final PDFont bold;

	private final float size;

	private PdfResumeWriter(Random random) {
		FontName[] family = FAMILIES[random.nextInt(random.nextInt(4) == 0 ? 3 : 2)];
		this.regular = new PDType1Font(family[0]);
		this.bold = new PDType1Font(family[1]);
		this.size = 9.5f + random.nextInt(5) * 0.5f;
	}

	static byte[] write(ResumeDocument resume, boolean twoColumns, Random random) {
		return new PdfResumeWriter(random).layOut(resume, twoColumns);
	}

	private byte[] layOut(ResumeDocument resume, boolean twoColumns) {
		float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
		Column main = twoColumns ? new Column(MARGIN + 170, width - 170) : new Column(MARGIN, width);
		Column side = twoColumns ? new Column(MARGIN, 150) : main;
		side.print(this.bold, this.size + 8, resume.name(), 0);
		side.y -= 4;
		for (String line : resume.contact()) {
			side.print(this.regular, this.size - 0.5f, line, 0);
		}
		if (twoColumns) {
			main.y = side.y;
		}
		for (Section section : resume.sections()) {
			Column column = section.side() ? side : main;
			column.y -= this.size;
			column.print(this.bold, this.size + 2, section.heading(), 0);
			for (Block block : section.blocks()) {
				switch (block.kind()) {
					case ENTRY -> column.print(this.bold, this.size, block.text(), 0);
					case LINE -> column.print(this.regular, this.size, block.text(), 0);
					case BULLET -> column.print(this.regular, this.size, resume.bullet() + " " + block.text(), 10);
				}
			}
		}
		return render(Math.max(main.page, side.page) + 1);
	}

	private byte[] render(int pages) {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				pdf.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					for (Text text : this.texts) {
						if (text.page() == p) {
							content.beginText();
							content.setFont(text.font(), text.size());
							content.newLineAtOffset(text.x(), text.y());
							content.showText(text.text());
							content.endText();
						}
					}
				}
			}
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Text(int page, PDFont font, float size, float x, float y, String text) {
	}

	/** Where the next line of a column goes; a column that reaches the bottom margin goes on on the next page. */
	private final class Column {

		private final float x;

		private final float width;

		private int page;

		private float y = TOP;

		Column(float x, float width) {
			this.x = x;
			this.width = width;
		}

		/** Prints a paragraph, wrapped to the column; lines after the first are indented by {@code hanging}. */
		void print(PDFont font, float size, String paragraph, float hanging) {
			StringBuilder line = new StringBuilder();
			boolean first = true;
			for (String word : paragraph.split(" ")) {
				String candidate = line.length() == 0 ? word : line + " " + word;
				float indent = first ? 0 : hanging;
				if (line.length() > 0 && width(font, size, candidate) > this.width - indent) {
					emit(font, size, line.toString(), indent);
					first = false;
					line.setLength(0);
					line.append(word);
				}
				else {
					line.setLength(0);
					line.append(candidate);
				}
			}
			emit(font, size, line.toString(), first ? 0 : hanging);
		}

		private void emit(PDFont font, float size, String text, float indent) {
			if (this.y - size < MARGIN) {
				this.page++;
				this.y = TOP;
			}
			this.y -= size * 1.3f;
			PdfResumeWriter.this.texts.add(new Text(this.page, font, size, this.x + indent, this.y, text));
		}

	}

}

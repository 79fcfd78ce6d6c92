package com.candidatesearch.parse.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import com.candidatesearch.parse.layout.Line;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags a page draws in boxes of their own, set closer than a space is wide apart from the
 * next, are read one by one, and rows of them as one list.
 */
class TagBoxesTests {

	private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	/** Room between a tag's words and its box, and between two boxes: 4 pt between tags' words. */
	private static final float PADDING = 1.5f;

	private static final float BETWEEN = 1;

	@Test
	void tagsInBoxesOfTheirOwnAreReadAsAListAcrossTheirRows() {
		TestPdf pdf = new TestPdf().text(72, 100, 12, "Frontend", 0);
		tags(pdf, 125, "React", "TypeScript", "Design systems");
		tags(pdf, 143, "Svelte", "CSS");

		assertThat(pdf.lines()).extracting(Line::text)
			.containsExactly("Frontend", "React · TypeScript · Design systems · Svelte · CSS");
	}

	@Test
	void aPanelAroundSeveralRowsMakesNoTags() {
		TestPdf pdf = new TestPdf().box(70, 110, 200, 40).text(74, 125, "React TypeScript").text(74, 140, "Svelte CSS");

		assertThat(pdf.lines()).extracting(Line::text).doesNotContain("React · TypeScript").contains("React TypeScript");
	}

	/** A row of tags at a baseline, each in a box a little larger than its text. */
	private static void tags(TestPdf pdf, float baseline, String... tags) {
		float x = 72;
		for (String tag : tags) {
			float width = width(tag);
			pdf.box(x, baseline - 9, width + 2 * PADDING, 12).text(x + PADDING, baseline, tag);
			x += width + 2 * PADDING + BETWEEN;
		}
	}

	private static float width(String text) {
		try {
			return HELVETICA.getStringWidth(text) / 1000 * 10;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

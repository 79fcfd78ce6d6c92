package com.candidatesearch.parse.read;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.read.GlyphWords.Glyph;

import static org.assertj.core.api.Assertions.assertThat;

/** List marks a page paints as shapes (a browser's print to PDF) read back as bullets. */
class PdfMarksTests {

	@Test
	void aSmallSquareLeftOfEachLineMakesTheLinesListItems() {
		TestPdf pdf = new TestPdf().text(72, 100, 14, "Experience", 0)
			.text(72, 130, "Engineer, Example Corp")
			.text(72, 145, "Berlin, 2019 - 2021");
		String[] items = { "Moved the billing jobs to a queue", "Cut the nightly build from hours to minutes",
				"Mentored three new engineers" };
		for (int i = 0; i < items.length; i++) {
			float baseline = 165 + 15 * i;
			// a 3 pt disc centred on the letters' middle, a few points left of the text
			pdf.text(90, baseline, items[i]).box(82, baseline - 5, 3, 3);
		}

		List<Line> lines = pdf.lines();

		assertThat(lines).filteredOn(line -> line.kind() == Line.Kind.ITEM)
			.extracting(Line::text)
			.containsExactly(items);
	}

	@Test
	void aShapeUnderTheTextOrTooLargeOrFarFromItIsNoMark() {
		List<Line> lines = new TestPdf().text(90, 100, "Under a dot drawn through its letters")
			.box(120, 95, 3, 3)
			.text(90, 130, "Beside a large panel")
			.box(40, 120, 40, 40)
			.text(90, 200, "Far from a dot at the margin")
			.box(20, 195, 3, 3)
			.lines();

		assertThat(lines).extracting(Line::kind).containsOnly(Line.Kind.TEXT);
	}

	@Test
	void aDotBesideAnotherColumnsTextTakesTheLineOnItsRight() {
		// a sidebar word a little lower than the main column's line, both within reach of the dot
		Glyph sidebar = new Glyph(40, 6, 103, 10, false, false, "K", null);
		Glyph main = new Glyph(240, 6, 100, 10, false, false, "R", null);
		PdfMarks.Mark dot = new PdfMarks.Mark(230, 3, 96.5f);

		List<Glyph> bullets = PdfWords.drawnBullets(List.of(dot), List.of(sidebar, main));

		assertThat(bullets).singleElement().satisfies(bullet -> {
			assertThat(bullet.text()).isEqualTo("\u2022");
			assertThat(bullet.y()).isEqualTo(100);
		});
	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.read.GlyphWords.Glyph;
import com.candidatesearch.parse.read.PdfWords.Word;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphWordsTests {

	@Test
	void readsALetterSpacedHeadingAsItsWords() {
		List<Line> lines = new TestPdf().text(72, 100, 14, "WORK EXPERIENCE", 4).text(72, 130, "Engineer at Acme").lines();

		assertThat(lines).extracting(Line::text).containsExactly("WORK EXPERIENCE", "Engineer at Acme");
	}

	@Test
	void keepsSmallCapitalsSetInTwoSizesInOneWord() {
		List<Glyph> glyphs = new ArrayList<>();
		float x = 72;
		for (char c : "Present".toCharArray()) {
			float size = c == 'P' ? 10 : 7;
			glyphs.add(glyph(x, 5, 100, size, String.valueOf(c)));
			x += 5.7f;
		}

		assertThat(GlyphWords.words(1, glyphs)).extracting(Word::text).containsExactly("Present");
	}

	@Test
	void countsALetterDrawnTwiceAHairApartOnce() {
		List<Glyph> glyphs = new ArrayList<>();
		float x = 72;
		for (char c : "Line".toCharArray()) {
			glyphs.add(glyph(x, 5, 100, 10, String.valueOf(c)));
			glyphs.add(glyph(x + 0.3f, 5, 100, 10, String.valueOf(c)));
			x += 5;
		}

		assertThat(GlyphWords.words(1, glyphs)).extracting(Word::text).containsExactly("Line");
	}

	@Test
	void keepsTwoLinesApartWhenATallIconSitsBetweenThem() {
		List<Glyph> glyphs = new ArrayList<>();
		glyphs.add(new Glyph(60, 10, 106, 14, false, false, "", "icons#1"));
		float x = 80;
		for (int i = 0; i < 5; i++) {
			glyphs.add(glyph(x, 5, 100, 9, String.valueOf("Above".charAt(i))));
			glyphs.add(glyph(x + 0.5f, 5, 112, 9, String.valueOf("below".charAt(i))));
			x += 5;
		}

		assertThat(GlyphWords.words(1, glyphs)).filteredOn(word -> !word.icon())
			.extracting(Word::text)
			.containsExactly("Above", "below");
	}

	@Test
	void marksAWordWhoseLastGlyphIsAHyphenWithoutText() {
		List<Glyph> glyphs = List.of(glyph(72, 5, 100, 10, "s"), glyph(77, 5, 100, 10, "u"), glyph(82, 5, 100, 10, "b"),
				glyph(87, 3, 100, 10, ""));

		assertThat(GlyphWords.words(1, glyphs)).extracting(Word::text).containsExactly("sub" + GlyphWords.BROKEN);
	}

	@Test
	void joinsAWordBrokenByAHyphenWithoutTextAcrossLines() {
		List<Word> words = List.of(new Word(1, 72, 300, 100, 10, false, false, "Co-authored a paper on sub" + GlyphWords.BROKEN),
				new Word(1, 72, 110, 112, 10, false, false, "missions"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text).containsExactly("Co-authored a paper on submissions");
	}

	private static Glyph glyph(float x, float width, float y, float size, String text) {
		return new Glyph(x, width, y, size, false, false, text, null);
	}

}

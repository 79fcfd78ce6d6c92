package com.candidatesearch.parse.layout;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphsTests {

	@Test
	void dropsIconFontGlyphsAndTheLinesOnlyTheyMade() {
		List<Line> lines = Glyphs.clean(List.of(Line.text("\uf0e0 ada@example.org \uf095 +44 20 7946 0958"),
				Line.text("\uf09b"), Line.text("\udb80\udc00 Analyst")));

		assertThat(lines).extracting(Line::text).containsExactly("ada@example.org +44 20 7946 0958", "Analyst");
	}

	@Test
	void dropsALineOfNothingButATemplatesPlaceholderForAMissingValue() {
		List<Line> lines = Glyphs.clean(List.of(Line.text("Digital Compression Pioneer Award"), Line.text("undefined NaN"),
				Line.text("Techcrunch"), Line.text("[object Object]"), Line.text("Null hypothesis testing, undefined behaviour")));

		assertThat(lines).extracting(Line::text)
			.containsExactly("Digital Compression Pioneer Award", "Techcrunch", "Null hypothesis testing, undefined behaviour");
	}

	@Test
	void readsTheLigaturesAppleFontsKeptAtPrivateUseCodePoints() {
		assertThat(Glyphs.withoutIcons("Of\uf001ce work\uf002ow")).isEqualTo("Office workflow");
	}

	@Test
	void joinsLettersSetApartIntoTheirWords() {
		assertThat(Glyphs.joinSpacedLetters("E X P E R I E N C E")).isEqualTo("EXPERIENCE");
		assertThat(Glyphs.joinSpacedLetters("  W O R K   H I S T O R Y ")).isEqualTo("WORK HISTORY");
		assertThat(Glyphs.joinSpacedLetters("R & D")).isEqualTo("R & D");
		assertThat(Glyphs.joinSpacedLetters("Plan A or B")).isEqualTo("Plan A or B");
	}

}

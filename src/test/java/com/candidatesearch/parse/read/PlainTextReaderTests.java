package com.candidatesearch.parse.read;

import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextReaderTests {

	@Test
	void readsAHeadingThatCarriesItsRuleOnItsLine() {
		List<Line> lines = PlainTextReader.read("Ada Lovelace\n\nSKILLS -----------------\n\n- Java\n\n=== Education ===\nUniversity of London\n");

		assertThat(lines).extracting(Line::text).containsExactly("Ada Lovelace", "SKILLS", "Java", "Education",
				"University of London");
		assertThat(lines).extracting(Line::kind).containsExactly(Line.Kind.TEXT, Line.Kind.HEADING, Line.Kind.ITEM,
				Line.Kind.HEADING, Line.Kind.TEXT);
	}

	@Test
	void takesARuleFarWiderThanTheLineAboveForASeparator() {
		List<Line> lines = PlainTextReader.read("Ada Lovelace\nWeb: ada.example.org\n" + "=".repeat(80) + "\n\nExperience\n----------\n");

		assertThat(lines).extracting(Line::kind).containsExactly(Line.Kind.TEXT, Line.Kind.TEXT, Line.Kind.HEADING);
	}

	@Test
	void joinsAHeadingSetInSpacedLetters() {
		List<Line> lines = PlainTextReader.read("E X P E R I E N C E\n\nAnalyst, Acme\n");

		assertThat(lines).extracting(Line::text).containsExactly("EXPERIENCE", "Analyst, Acme");
	}

	@Test
	void splitsASectionNameSetInAColumnOfItsOwn() {
		List<Line> lines = PlainTextReader.read("EXPERIENCE       Analyst, Acme (2019 - 2021)\n");

		assertThat(lines).extracting(Line::text).containsExactly("EXPERIENCE", "Analyst, Acme (2019 - 2021)");
		assertThat(lines.get(0).kind()).isEqualTo(Line.Kind.LABEL);
	}

}

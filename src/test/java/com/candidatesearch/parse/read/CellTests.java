package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.read.PdfWords.Word;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a PDF cell's words are put together into its text. */
class CellTests {

	@Test
	void tagsSetApartByEqualWideGapsAreSeparated() {
		Cell cell = row(10, "React", 12, "TypeScript", 12, "Tailwind", 3, "CSS", 12, "Svelte");
		assertThat(cell.text()).isEqualTo("React · TypeScript · Tailwind CSS · Svelte");
	}

	@Test
	void wordsSpacedAsASentenceStayOneText() {
		Cell cell = row(10, "Built", 3, "the", 3, "billing", 3, "service");
		assertThat(cell.text()).isEqualTo("Built the billing service");
	}

	@Test
	void oneWideGapOrGapsOfDifferentWidthsAreNoTags() {
		assertThat(row(10, "Engineer", 12, "Berlin").text()).isEqualTo("Engineer Berlin");
		assertThat(row(10, "Acme", 10, "Engineer", 15, "Berlin").text()).isEqualTo("Acme Engineer Berlin");
	}

	@Test
	void listMarksAndNumbersAreNoTags() {
		assertThat(row(10, "•", 11, "Python", 11, "•", 11, "Go").text()).isEqualTo("• Python • Go");
	}

	@Test
	void chipsInBoxesSetFurtherApartThanCellsAreOneCellOfTags() {
		List<Word> chips = new ArrayList<>();
		float x = 40;
		for (String text : List.of("Go", "Java", "Python", "SQL")) {
			chips.add(new Word(1, x, x + 4 * text.length(), 100, 7, false, false, text, false, true));
			x += 4 * text.length() + 14;
		}
		assertThat(PdfLayout.cells(chips)).singleElement().extracting(Cell::text).isEqualTo("Go · Java · Python · SQL");
		List<Word> plain = chips.stream().map(word -> new Word(1, word.x(), word.endX(), 100, 7, false, false, word.text())).toList();
		assertThat(PdfLayout.cells(plain)).as("the same words without boxes").hasSize(4);
	}

	/** A row of words of the given size, each word's width five points a letter, the gaps given between them. */
	private static Cell row(float size, Object... wordsAndGaps) {
		List<Word> words = new ArrayList<>();
		float x = 72;
		for (int i = 0; i < wordsAndGaps.length; i++) {
			if (i % 2 == 1) {
				x += ((Number) wordsAndGaps[i]).floatValue();
				continue;
			}
			String text = (String) wordsAndGaps[i];
			float end = x + 5 * text.length();
			words.add(new Word(1, x, end, 100, size, false, false, text));
			x = end;
		}
		return new Cell(words, true, false);
	}

}

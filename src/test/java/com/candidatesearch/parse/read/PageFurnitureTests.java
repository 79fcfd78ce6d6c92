package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.candidatesearch.parse.read.PdfWords.Word;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureTests {

	@Test
	void dropsAFooterThatNumbersThePage() {
		List<List<List<Word>>> pages = List.of(page(1, "Jane Doe", "Experience", "Jane Doe – 1/2"),
				page(2, "Engineer at Acme", "Jane Doe – 2/2"));

		assertThat(texts(PageFurniture.remove(pages))).containsExactly(List.of("Jane Doe", "Experience"),
				List.of("Engineer at Acme"));
	}

	@Test
	void dropsARunningHeaderButNotTheNameItRepeatsOnTheFirstPage() {
		List<List<List<Word>>> pages = List.of(page(1, "Jane Doe", "Experience", "Engineer at Acme"),
				page(2, "Jane Doe", "Education", "MIT"), page(3, "Jane Doe", "Skills", "Java"));

		assertThat(texts(PageFurniture.remove(pages))).containsExactly(List.of("Jane Doe", "Experience", "Engineer at Acme"),
				List.of("Education", "MIT"), List.of("Skills", "Java"));
	}

	@Test
	void dropsARowThatNamesItsPageUnderARepeatedName() {
		List<List<List<Word>>> pages = List.of(page(1, "First Last", "City, ST 00000 | 555-555-5555", "Experience"),
				page(2, "First Last", "Page 2 City, ST 00000 | 555-555-5555", "Job Title 2", "Read page 2 of the report",
						"Acme", "Berlin"));

		assertThat(texts(PageFurniture.remove(pages))).containsExactly(
				List.of("First Last", "City, ST 00000 | 555-555-5555", "Experience"),
				List.of("Job Title 2", "Read page 2 of the report", "Acme", "Berlin"));
	}

	@Test
	void keepsAScoreThatEndsAPage() {
		List<List<List<Word>>> pages = List.of(page(1, "Jane Doe", "GPA 3/4"), page(2, "Skills", "Java"));

		assertThat(texts(PageFurniture.remove(pages))).containsExactly(List.of("Jane Doe", "GPA 3/4"),
				List.of("Skills", "Java"));
	}

	private static List<List<Word>> page(int page, String... rows) {
		List<List<Word>> words = new ArrayList<>();
		float y = 100;
		for (String row : rows) {
			List<Word> line = new ArrayList<>();
			float x = 72;
			for (String word : row.split(" ")) {
				line.add(new Word(page, x, x + 5 * word.length(), y, 10, false, false, word));
				x += 5 * word.length() + 3;
			}
			words.add(line);
			y += 12;
		}
		return words;
	}

	private static List<List<String>> texts(List<List<List<Word>>> pages) {
		return pages.stream()
			.map(rows -> rows.stream().map(row -> String.join(" ", row.stream().map(Word::text).toList())).toList())
			.toList();
	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.candidatesearch.parse.read.PdfWords.Word;

import static org.assertj.core.api.Assertions.assertThat;

class IconMarksTests {

	@Test
	void turnsAnIconThatStartsRowAfterRowIntoABullet() {
		List<List<Word>> rows = List.of(row(100, "chevron", "Led the migration to Kubernetes"),
				row(112, "chevron", "Cut batch time by half"), row(124, "chevron", "Mentored four engineers"));

		assertThat(IconMarks.apply(List.of(rows)).get(0)).extracting(IconMarksTests::text)
			.containsExactly("\u2022 Led the migration to Kubernetes", "\u2022 Cut batch time by half",
					"\u2022 Mentored four engineers");
	}

	@Test
	void dropsAnIconBeforeAContactDetail() {
		List<List<Word>> rows = List.of(row(100, "phone", "+1 555 0100"), row(112, "envelope", "jane@example.org"),
				row(124, "github", "janedoe"));

		assertThat(IconMarks.apply(List.of(rows)).get(0)).extracting(IconMarksTests::text)
			.containsExactly("+1 555 0100", "jane@example.org", "janedoe");
	}

	@Test
	void dropsACalendarIconThatStartsEachEntrysDates() {
		List<List<Word>> rows = List.of(row(100, "calendar", "Sept 2002 – June 2006"),
				row(112, "calendar", "Sept 2001 – June 2002"), row(124, "calendar", "Sept 1998 – June 2001"),
				row(136, "calendar", "Project duration"));

		assertThat(IconMarks.apply(List.of(rows)).get(0)).extracting(IconMarksTests::text)
			.containsExactly("Sept 2002 – June 2006", "Sept 2001 – June 2002", "Sept 1998 – June 2001",
					"Project duration");
	}

	@Test
	void countsAnIconOverEveryPage() {
		List<List<Word>> first = List.of(row(700, "chevron", "Led the migration to Kubernetes"),
				row(712, "chevron", "Cut batch time by half"));
		List<List<Word>> second = List.of(row(40, "chevron", "Mentored four engineers"));

		assertThat(IconMarks.apply(List.of(first, second))).flatExtracting((page) -> page)
			.extracting(IconMarksTests::text)
			.containsExactly("\u2022 Led the migration to Kubernetes", "\u2022 Cut batch time by half",
					"\u2022 Mentored four engineers");
	}

	private static List<Word> row(float y, String icon, String text) {
		List<Word> row = new ArrayList<>();
		row.add(new Word(1, 60, 68, y, 10, false, false, "icons#" + icon, true));
		float x = 72;
		for (String word : text.split(" ")) {
			row.add(new Word(1, x, x + 5 * word.length(), y, 10, false, false, word));
			x += 5 * word.length() + 3;
		}
		return row;
	}

	private static String text(List<Word> row) {
		return String.join(" ", row.stream().map(Word::text).toList());
	}

}

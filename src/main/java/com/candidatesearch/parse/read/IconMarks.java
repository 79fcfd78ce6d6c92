package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Decides what an icon glyph is. An icon that starts row after row is the list's bullet
 * (a FontAwesome chevron before each achievement) and becomes a bullet mark; any other icon
 * (a phone before a number, a GitHub cat before a handle) says nothing the text does not, and
 * is dropped.
 */
final class IconMarks {

	/** An icon must start this many rows to be a list's bullet rather than a label's picture. */
	private static final int BULLET_ROWS = 3;

	private IconMarks() {
	}

	/**
	 * Each page's rows with their icons turned into bullets or taken out; rows left empty are
	 * dropped. An icon is counted over the whole document: a list of two on one page goes on
	 * over the next.
	 */
	static List<List<List<Word>>> apply(List<List<List<Word>>> pages) {
		// per icon: how often it starts a cell of text, and how often one of dates
		Map<String, int[]> leading = new HashMap<>();
		for (List<List<Word>> rows : pages) {
			for (List<Word> row : rows) {
				for (int i = 0; i < row.size(); i++) {
					if (startsCell(row, i)) {
						leading.computeIfAbsent(row.get(i).text(), key -> new int[2])[datesAfter(row, i) ? 1 : 0]++;
					}
				}
			}
		}
		List<List<List<Word>>> marked = new ArrayList<>();
		for (List<List<Word>> rows : pages) {
			marked.add(apply(rows, leading));
		}
		return marked;
	}

	private static List<List<Word>> apply(List<List<Word>> rows, Map<String, int[]> leading) {
		List<List<Word>> marked = new ArrayList<>();
		for (List<Word> row : rows) {
			List<Word> kept = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				Word word = row.get(i);
				if (!word.icon()) {
					kept.add(word);
				}
				else if (startsCell(row, i) && !datesAfter(row, i) && bullet(leading.get(word.text()))) {
					kept.add(new Word(word.page(), word.x(), word.endX(), word.y(), word.size(), false, false, "\u2022"));
				}
			}
			if (!kept.isEmpty()) {
				marked.add(kept);
			}
		}
		return marked;
	}

	/**
	 * An icon that starts cells of text row after row marks a list; one that mostly starts
	 * dates (a calendar before each entry's dates) labels them.
	 */
	private static boolean bullet(int[] counts) {
		return counts[0] >= BULLET_ROWS && counts[0] > counts[1];
	}

	/** Whether the row's i-th word is an icon at the start of a list item, with text after it. */
	private static boolean startsCell(List<Word> row, int i) {
		Word word = row.get(i);
		if (!word.icon() || i + 1 >= row.size() || row.get(i + 1).icon()) {
			return false;
		}
		if (i == 0) {
			return true;
		}
		// further along the row only in a list set in columns, whose rows start with the same icon
		Word next = row.get(i + 1);
		return row.get(0).icon() && row.get(0).text().equals(word.text())
				&& word.x() - row.get(i - 1).endX() > Math.max(1.6f * next.size(), 10f);
	}

	/** Whether the text after the row's i-th word, up to the next icon, is only dates. */
	private static boolean datesAfter(List<Word> row, int i) {
		StringBuilder rest = new StringBuilder();
		for (int j = i + 1; j < row.size() && !row.get(j).icon(); j++) {
			rest.append(j > i + 1 ? " " : "").append(row.get(j).text());
		}
		return DateRange.isDateOnly(rest.toString());
	}

}

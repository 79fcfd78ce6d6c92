package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Finds the contact details a typesetter sets in the first page's footer rather than under
 * the name (moderncv's casual style, letterhead-like Word templates): a block of rows closing
 * the page after a gap much wider than the page's line pitch, each centred on the page, most
 * holding an e-mail address, a phone number or a link. Read where the page put them, they
 * closed whatever section the page ended with; they belong with the name.
 */
final class ContactFooter {

	/** An e-mail address, a link, or a phone number of seven digits or more. */
	private static final Pattern CONTACT = Pattern.compile("(?i)[\\w.+-]+@[\\w-]+\\.[\\w.-]+|https?://\\S+|www\\.\\S+"
			+ "|\\+?\\d[\\d ()./-]{5,}\\d");

	/** How much wider than the page's usual line pitch the gap above the footer is. */
	private static final float GAP = 2.5f;

	/** The most rows a footer takes: more is a section set in the centre. */
	private static final int MOST_ROWS = 10;

	private ContactFooter() {
	}

	/**
	 * The index of the first footer row of the page, or {@code -1} where it has none.
	 *
	 * @param rows the page's rows, top to bottom
	 */
	static int start(List<List<Word>> rows) {
		if (rows.size() < 6) {
			return -1;
		}
		List<Float> pitches = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			pitches.add(rows.get(i).get(0).y() - rows.get(i - 1).get(0).y());
		}
		List<Float> sorted = pitches.stream().sorted().toList();
		float pitch = sorted.get(sorted.size() / 2);
		int start = -1;
		for (int i = rows.size() - 1; i >= Math.max(1, rows.size() - MOST_ROWS); i--) {
			if (pitches.get(i - 1) > GAP * pitch) {
				start = i;
				break;
			}
		}
		if (start < 0 || pitch <= 0) {
			return -1;
		}
		float left = Float.MAX_VALUE;
		float right = 0;
		for (List<Word> row : rows) {
			left = Math.min(left, row.get(0).x());
			right = Math.max(right, row.get(row.size() - 1).endX());
		}
		float centre = (left + right) / 2;
		int contacts = 0;
		for (List<Word> row : rows.subList(start, rows.size())) {
			float rowCentre = (row.get(0).x() + row.get(row.size() - 1).endX()) / 2;
			if (Math.abs(rowCentre - centre) > 0.05f * (right - left)) {
				return -1;
			}
			String text = String.join(" ", row.stream().map(Word::text).toList());
			contacts += CONTACT.matcher(text).find() ? 1 : 0;
		}
		return 2 * contacts >= rows.size() - start ? start : -1;
	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts the cells of the open table rows, nested tables each in their own row, so a layout
 * table's first cell ("Experience" | the entries) is known for the label it is.
 */
final class TableCells {

	/** A first cell this short names its row ("Experience", "Feb. 2004 – Nov. 2006"); a longer one is content. */
	private static final int MAX_LABEL_WORDS = 4;

	/** How many cells each open row has had so far, innermost first. */
	private final Deque<int[]> rows = new ArrayDeque<>();

	void startRow() {
		this.rows.push(new int[1]);
	}

	void endRow() {
		if (!this.rows.isEmpty()) {
			this.rows.pop();
		}
	}

	void startCell() {
		if (!this.rows.isEmpty()) {
			this.rows.peek()[0]++;
		}
	}

	/** Whether text read now, in a cell, is a label: the short text of the first cell of its row. */
	boolean isLabel(CharSequence text) {
		return !this.rows.isEmpty() && this.rows.peek()[0] == 1 && words(text) <= MAX_LABEL_WORDS;
	}

	/** The words of a text, leaving out dashes and other signs between them ("Feb. 2004 – Nov. 2006" has four). */
	static int words(CharSequence text) {
		int words = 0;
		boolean counted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				counted = false;
			}
			else if (!counted && Character.isLetterOrDigit(c)) {
				words++;
				counted = true;
			}
		}
		return words;
	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Words of one PDF row that sit together, apart from the row's other cells by a wide gap.
 *
 * @param words the words, left to right
 * @param first whether it is the row's first cell
 * @param shared whether the row has other cells
 * @param lane which strand of its column it belongs to, when a column holds more than one:
 *        {@link #TEXT}, {@link #MARGIN} (a date or a section's name beside the text), or a
 *        list set beside another inside the text; each strand's lines join only among
 *        themselves
 */
public record Cell(List<Word> words, boolean first, boolean shared, int lane) {

	static final int TEXT = 0;

	static final int MARGIN = 1;

	Cell(List<Word> words, boolean first, boolean shared) {
		this(words, first, shared, TEXT);
	}

	Cell inLane(int newLane) {
		return new Cell(this.words, this.first, this.shared, newLane);
	}

	boolean margin() {
		return this.lane == MARGIN;
	}

	private static final Pattern LIST_MARK = Pattern
		.compile("[\u2022\u00b7\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u2013\u2014*\uf0b7\uf0a7-]|\\[\\d{1,3}]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)]");

	float x() {
		return this.words.get(0).x();
	}

	float endX() {
		return this.words.get(this.words.size() - 1).endX();
	}

	float y() {
		return this.words.get(0).y();
	}

	int page() {
		return this.words.get(0).page();
	}

	float size() {
		return (float) this.words.stream().mapToDouble(Word::size).max().orElse(0);
	}

	/**
	 * Where the cell's text starts: after a list mark ("•", "[3]", "2.") its wrapped lines are
	 * indented to the text, not to the mark.
	 */
	float textX() {
		if (this.words.size() > 1 && LIST_MARK.matcher(this.words.get(0).text()).matches()) {
			return this.words.get(1).x();
		}
		return x();
	}

	float firstWordWidth() {
		Word word = this.words.get(0);
		return word.endX() - word.x();
	}

	boolean bold() {
		return this.words.stream().allMatch(Word::bold);
	}

	/** Whether the cell is all tags, each drawn in a box of its own. */
	boolean tags() {
		return this.words.stream().allMatch(Word::tag);
	}

	/** A short first cell of a row with more cells: the label column of a table layout. */
	boolean label() {
		return this.first && this.shared && this.words.size() <= 4;
	}

	String text() {
		boolean[] apart = tagsApart();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.words.size(); i++) {
			if (!text.isEmpty()) {
				text.append(apart[i] ? " · " : " ");
			}
			text.append(this.words.get(i).text());
		}
		return text.toString();
	}

	/**
	 * Which words stand apart from the one before as tags do ("React   TypeScript   Tailwind
	 * CSS", each a label with its own box): where two or more gaps between plain words are
	 * wider than the widest a space is and as wide as each other, each is a separator that
	 * the page draws and the text would otherwise lose.
	 */
	private boolean[] tagsApart() {
		boolean[] apart = new boolean[this.words.size()];
		boolean boxed = false;
		for (int i = 1; i < this.words.size(); i++) {
			// tags the page draws in boxes of their own stand apart however close the boxes are
			apart[i] = this.words.get(i - 1).tag() && this.words.get(i).tag();
			boxed |= apart[i];
		}
		if (boxed) {
			return apart;
		}
		float first = -1;
		int count = 0;
		for (int i = 1; i < this.words.size(); i++) {
			Word previous = this.words.get(i - 1);
			Word word = this.words.get(i);
			float gap = word.x() - previous.endX();
			if (gap > TAG_GAP * word.size()) {
				if (!plainWord(previous.text()) || !plainWord(word.text())
						|| (first >= 0 && Math.abs(gap - first) > 0.15f * first)) {
					return new boolean[this.words.size()];
				}
				first = first < 0 ? gap : first;
				apart[i] = true;
				count++;
			}
		}
		return count >= 2 ? apart : new boolean[this.words.size()];
	}

	/** Wider than a space is, even in justified text, in parts of the word's size. */
	private static final float TAG_GAP = 0.9f;

	/** A word that is no list mark, number or separator and ends with no punctuation. */
	private static boolean plainWord(String text) {
		return !LIST_MARK.matcher(text).matches() && text.matches("[\\p{L}\\p{N}#+./&()-]*[\\p{L}\\p{N}#+)]")
				&& !text.matches("\\p{N}+");
	}

	/** The runs of consecutive bold or italic words. */
	List<String> emphasis() {
		List<String> runs = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		for (Word word : this.words) {
			if (word.bold() || word.italic()) {
				run.append(run.isEmpty() ? "" : " ").append(word.text());
			}
			else if (!run.isEmpty()) {
				runs.add(run.toString());
				run.setLength(0);
			}
		}
		if (!run.isEmpty()) {
			runs.add(run.toString());
		}
		return runs;
	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The text of the line being read from markup, with its bold and italic runs and how much of
 * it is bold, so the line knows whether it is set in bold as a whole.
 */
final class LineText {

	private final StringBuilder text = new StringBuilder();

	private final Deque<StringBuilder> open = new ArrayDeque<>();

	private final List<String> runs = new ArrayList<>();

	private int boldDepth;

	private int letters;

	private int boldLetters;

	void append(char c) {
		this.text.append(c);
		for (StringBuilder run : this.open) {
			run.append(c);
		}
		if (Character.isLetterOrDigit(c)) {
			this.letters++;
			if (this.boldDepth > 0) {
				this.boldLetters++;
			}
		}
	}

	/** Adds text that is no run's and counts for no letters: a link's target written after it. */
	void appendAside(String aside) {
		this.text.append(' ').append(aside).append(' ');
	}

	void startRun(boolean bold) {
		this.open.push(new StringBuilder());
		if (bold) {
			this.boldDepth++;
		}
	}

	void endRun(boolean bold) {
		if (this.open.isEmpty()) {
			return;
		}
		this.runs.add(this.open.pop().toString());
		if (bold) {
			this.boldDepth--;
		}
	}

	CharSequence text() {
		return this.text;
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

	char last() {
		return this.text.charAt(this.text.length() - 1);
	}

	int letters() {
		return this.letters;
	}

	/** Whether every letter and digit of the line is bold. */
	boolean bold() {
		return this.letters > 0 && this.boldLetters == this.letters;
	}

	/** The bold and italic runs ended on the line, folded, empty ones left out. */
	List<String> runs() {
		return this.runs.stream().map(InlineMarkup::fold).filter(run -> !run.isEmpty()).toList();
	}

	/** Starts the next line; runs still open go on into it. */
	void clear() {
		this.text.setLength(0);
		this.runs.clear();
		this.open.forEach(run -> run.setLength(0));
		this.letters = 0;
		this.boldLetters = 0;
	}

}

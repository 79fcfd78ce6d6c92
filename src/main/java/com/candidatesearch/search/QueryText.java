package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a recruiter types into the simple query syntax: {@code AND}, {@code OR} and
 * {@code NOT} become its operators, control characters and overlong input are dropped, and
 * the {@code +} operator is never used, so {@code C++} stays a word.
 */
final class QueryText {

	static final int MAX_LENGTH = 500;

	static final int MAX_TERMS = 32;

	private QueryText() {
	}

	/**
	 * What the search runs for a typed query.
	 *
	 * @param syntax the query in the simple query syntax, or blank for "everyone"
	 * @param notice what was dropped, or {@code null}
	 */
	record Translated(String syntax, String notice) {
	}

	static Translated translate(String typed) {
		if (typed == null) {
			return new Translated("", null);
		}
		String text = typed.replaceAll("[\\p{Cntrl}\\uE000\\uE001]", " ").strip();
		String notice = null;
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
			notice = "Only the first " + MAX_LENGTH + " characters of the query were used.";
		}
		List<String> words = new ArrayList<>();
		boolean negateNext = false;
		for (String word : split(text)) {
			switch (word) {
				case "AND" -> {
				}
				case "OR" -> words.add("|");
				case "NOT" -> negateNext = true;
				default -> {
					words.add(negateNext ? "-" + word : word);
					negateNext = false;
				}
			}
		}
		if (words.size() > MAX_TERMS) {
			words = words.subList(0, MAX_TERMS);
			notice = "Only the first " + MAX_TERMS + " words of the query were used.";
		}
		return new Translated(String.join(" ", words), notice);
	}

	/** Splits on white space, keeping a quoted phrase as one piece. */
	private static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (Character.isWhitespace(c) && !quoted) {
				if (!current.isEmpty()) {
					words.add(current.toString());
					current.setLength(0);
				}
			}
			else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			words.add(current.toString());
		}
		return words;
	}

}

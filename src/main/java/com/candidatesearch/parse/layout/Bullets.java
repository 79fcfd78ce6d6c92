package com.candidatesearch.parse.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bullet marks at the start of a line: typographic bullets, dashes, asterisks and
 * the private-use glyphs Word's Symbol and Wingdings fonts leave in PDFs.
 */
public final class Bullets {

	private static final Pattern BULLET = Pattern
		.compile("^\\s*(?:[\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u25a1\u27a2\u2043\u2013\u2014\u2192"
				+ "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\u00a7*+\\-]|\\d{1,2}[.)]|[a-z][.)])\\s+(?=\\S)");

	private Bullets() {
	}

	/** The line without its bullet mark, or {@code null} when it has none. */
	public static String strip(String text) {
		Matcher matcher = BULLET.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		return text.substring(matcher.end());
	}

	/** The line as an item when it starts with a bullet mark, else the line unchanged. */
	public static Line mark(Line line) {
		String rest = strip(line.text());
		if (rest == null || line.isHeading()) {
			return line;
		}
		return line.withText(rest).withKind(Line.Kind.ITEM);
	}

}

package com.candidatesearch.parse.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bullet marks at the start of a line: typographic bullets, dashes, asterisks, the
 * private-use glyphs Word's Symbol and Wingdings fonts leave in PDFs, and any other glyph a
 * resume repeats at the start of its lines.
 */
public final class Bullets {

	/** Marks that are bullets wherever they stand, each then followed by white space. */
	private static final String MARKS = "\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u25a1\u27a2\u2043\u2013\u2014\u2192"
			+ "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\u00a7*+\\-";

	/** Marks no text starts with, so a bullet even when the text follows without a space ("➤Led the team"). */
	private static final String SOLID = "\u2022\u25aa\u25ab\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u27a2\u25c6\u25c7\u25b8\u25b9\u25ba"
			+ "\u25b6\u25b7\u27a4\u2794\u279c\u27a3\u2713\u2714\u2717\u2718\u276f\u2756\u2605\u2606\u2666\u29bf\u29be\u25c9"
			+ "\u25ce\u22c5\u2218\u21d2\u30fb\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8";

	private static final Pattern BULLET = Pattern.compile("^\\s*+(?:[" + MARKS + SOLID + "]\\s++|[" + SOLID
			+ "](?=[\\p{L}\\p{N}])|\\d{1,2}[.)]\\s++|[a-z][.)]\\s++)(?=\\S)");

	/** ASCII marks a list may use; any other ASCII sign at a line's start is text ("#1", "$50k", "@handle"). */
	private static final String ASCII_MARKS = "*+->~";

	/** A glyph must open this many lines to be taken for a bullet by repetition alone. */
	private static final int REPEATS = 2;

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

	/**
	 * The lines with every glyph that starts two lines or more taken for a bullet mark: a
	 * resume that sets its items with "◆", "✓", an emoji or an icon font's glyph does so
	 * throughout, while a sign that opens a single line is part of its text.
	 */
	public static List<Line> markRepeated(List<Line> lines) {
		// a line repeated on every page (a footer of icons) opens many lines with one glyph, yet is one line
		Map<String, Set<String>> opened = new HashMap<>();
		for (Line line : lines) {
			String glyph = line.isHeading() ? null : leadingGlyph(line.text());
			if (glyph != null) {
				opened.computeIfAbsent(glyph, g -> new HashSet<>()).add(line.text().strip());
			}
		}
		Map<String, Integer> counts = new HashMap<>();
		opened.forEach((glyph, texts) -> counts.put(glyph, texts.size()));
		if (counts.values().stream().noneMatch(count -> count >= REPEATS)) {
			return lines;
		}
		List<Line> marked = new ArrayList<>(lines.size());
		for (Line line : lines) {
			String glyph = line.isHeading() ? null : leadingGlyph(line.text());
			if (glyph == null || counts.get(glyph) < REPEATS) {
				marked.add(line);
				continue;
			}
			String text = line.text().strip();
			marked.add(line.withText(text.substring(glyph.length()).strip()).withKind(Line.Kind.ITEM));
		}
		return marked;
	}

	/**
	 * The glyph a line starts with when it could be a bullet mark: a sign, symbol, emoji or
	 * private-use glyph (with its variation selectors), not a letter, digit, opening quote or
	 * bracket, currency sign or an ASCII sign other than a list's; {@code null} otherwise or
	 * when nothing follows it.
	 */
	static String leadingGlyph(String text) {
		int start = 0;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (start == text.length()) {
			return null;
		}
		int first = text.codePointAt(start);
		if (!couldBeMark(first)) {
			return null;
		}
		int end = start + Character.charCount(first);
		while (end < text.length()) {
			int next = text.codePointAt(end);
			if (next == 0x200d && end + 1 < text.length()) {
				// a zero-width joiner glues the next emoji into one glyph
				end += 1 + Character.charCount(text.codePointAt(end + 1));
			}
			else if (isModifier(next)) {
				end += Character.charCount(next);
			}
			else {
				break;
			}
		}
		if (end == text.length()) {
			return null;
		}
		int after = text.codePointAt(end);
		// a symbol may touch its text ("➤Led", an icon glyph); a dash or sign that does is part of it ("–2019")
		boolean spaced = Character.isWhitespace(after);
		if (!spaced && !(first >= 0x80 && isSymbol(first) && Character.isLetterOrDigit(after))) {
			return null;
		}
		return text.strip().isEmpty() || text.substring(end).isBlank() ? null : text.substring(start, end);
	}

	private static boolean couldBeMark(int codePoint) {
		if (codePoint < 0x80) {
			return ASCII_MARKS.indexOf(codePoint) >= 0;
		}
		if (Character.isLetterOrDigit(codePoint) || Character.isWhitespace(codePoint) || isModifier(codePoint)) {
			return false;
		}
		int type = Character.getType(codePoint);
		return type != Character.START_PUNCTUATION && type != Character.INITIAL_QUOTE_PUNCTUATION
				&& type != Character.CURRENCY_SYMBOL && type != Character.MODIFIER_SYMBOL
				&& type != Character.CONTROL && type != Character.FORMAT && type != Character.NON_SPACING_MARK
				&& type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK
				&& codePoint != 0x00bf && codePoint != 0x00a1;
	}

	private static boolean isSymbol(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.PRIVATE_USE;
	}

	/** Variation selectors, skin tones and the keycap that belong to the glyph before them. */
	private static boolean isModifier(int codePoint) {
		return (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff)
				|| codePoint == 0x20e3;
	}

}

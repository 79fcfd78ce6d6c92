package com.candidatesearch.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text of glyphs that stand for no characters: the private-use code points of icon
 * fonts (Font Awesome's envelope, a phone, a GitHub cat) that a PDF or a Word file keeps
 * before a contact or a heading, and letters set apart one by one for looks ("E X P E R I E N C E").
 */
public final class Glyphs {

	/** Fewer letters set apart are initials or a list ("A B C"), not a word spaced for looks. */
	private static final int MIN_SPACED_LETTERS = 4;

	/**
	 * What a template prints where a value it expected is missing ("undefined NaN" for an
	 * award with no date, "[object Object]", "Invalid Date"): a line of nothing else says
	 * nothing of the candidate.
	 */
	private static final Pattern TEMPLATE_JUNK = Pattern
		.compile("\\s*(?:(?:undefined|NaN|null|Invalid Date|\\[object Object\\])\\s*)+");

	private Glyphs() {
	}

	/** Whether the text is only what a template prints for a missing value ("undefined NaN"). */
	public static boolean isPlaceholder(String text) {
		return TEMPLATE_JUNK.matcher(text).matches();
	}

	/** Whether a code point is private use: an icon font's glyph, never a letter. */
	public static boolean isIcon(int codePoint) {
		return (codePoint >= 0xe000 && codePoint <= 0xf8ff) || codePoint >= 0xf0000;
	}

	/** The text without icon-font glyphs, white space folded where they stood. */
	public static String withoutIcons(String text) {
		boolean icons = false;
		for (int i = 0; i < text.length() && !icons; i++) {
			char c = text.charAt(i);
			icons = (c >= '\ue000' && c <= '\uf8ff') || Character.isSurrogate(c);
		}
		if (!icons) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			// Apple's fonts kept their "fi" and "fl" ligatures at these private-use code points
			if (codePoint == 0xf001 || codePoint == 0xf002) {
				out.append(codePoint == 0xf001 ? "fi" : "fl");
			}
			else if (!isIcon(codePoint)) {
				out.appendCodePoint(codePoint);
			}
		});
		return out.toString().replaceAll("\\s{2,}+", " ").strip();
	}

	/**
	 * The lines with the icon-font glyphs that are no bullet marks removed, and a line left
	 * empty by them, or holding only a template's placeholder for a missing value, dropped. Run it after {@link Bullets#markRepeated}, which takes a glyph
	 * that opens several lines for their bullet.
	 */
	public static List<Line> clean(List<Line> lines) {
		List<Line> cleaned = new ArrayList<>(lines.size());
		for (Line line : lines) {
			String text = withoutIcons(line.text());
			if (text.isEmpty() || isPlaceholder(text)) {
				continue;
			}
			if (text.equals(line.text())) {
				cleaned.add(line);
				continue;
			}
			List<String> emphasis = line.emphasis().stream().map(Glyphs::withoutIcons).filter(run -> !run.isEmpty()).toList();
			cleaned.add(new Line(text, line.kind(), line.level(), line.bold(), emphasis, line.size(), line.gapBefore()));
		}
		return cleaned;
	}

	/**
	 * A line of letters set apart one by one joined into its words: "E X P E R I E N C E" is
	 * "EXPERIENCE", and a wider space between letters parts words ("W O R K  H I S T O R Y").
	 * Any other line comes back unchanged.
	 *
	 * @param raw the line as written, its runs of spaces not yet folded
	 */
	public static String joinSpacedLetters(String raw) {
		String line = raw.strip();
		int letters = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			boolean letter = Character.isLetter(c);
			boolean alone = (i == 0 || line.charAt(i - 1) == ' ') && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
			if (letter && alone) {
				letters++;
			}
			else if (c != ' ' && !(c == '&' && alone)) {
				return raw;
			}
		}
		if (letters < MIN_SPACED_LETTERS) {
			return raw;
		}
		return line.replaceAll(" {2,}+", "\u0000").replace(" ", "").replace('\u0000', ' ').replace("&", " & ")
			.replaceAll(" {2,}+", " ")
			.strip();
	}

}

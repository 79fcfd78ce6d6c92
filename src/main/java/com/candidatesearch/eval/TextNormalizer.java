package com.candidatesearch.eval;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text score.py compares: markup removed, accents stripped, case folded, punctuation and
 * symbols as spaces (except {@code +} and {@code #} after a word, so C, C++ and C# differ),
 * white space folded.
 *
 * <p>The patterns are score.py's with Python's semantics spelled out: its {@code \s} is
 * {@code str.isspace()}, its {@code ^} and {@code .} know only {@code \n} as a line end
 * ({@code (?d)}), and its case-insensitive {@code [a-z]} also takes İ, ı, ſ and the Kelvin sign.
 */
final class TextNormalizer {

	private static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x85\\xA0\\u1680\\u2000-\\u200A"
			+ "\\u2028\\u2029\\u202F\\u205F\\u3000]";

	private static final String NON_SPACE = "[^" + SPACE.substring(1);

	private static final String LETTER_IGNORING_CASE = "A-Za-z\\u0130\\u0131\\u017F\\u212A";

	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:" + SPACE + "[^<>]*)?/?>");

	private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

	private static final Pattern MARKDOWN_HEADING = Pattern
		.compile("(?md)^" + SPACE + "*#{1,6}" + SPACE + "+");

	private static final Pattern MARKDOWN_EMPHASIS = Pattern
		.compile("(?d)(\\*\\*|__|\\*|_|`+)(?=" + NON_SPACE + ")(.+?)(?<=" + NON_SPACE + ")\\1");

	private static final Pattern URL_PREFIX = Pattern.compile("^" + SPACE + "*(?:[" + LETTER_IGNORING_CASE + "]["
			+ LETTER_IGNORING_CASE + "0-9+.-]*://)?(?:[wW][wW][wW]\\.)?");

	private TextNormalizer() {
	}

	/**
	 * Python's {@code normalize(value, field)} of score.py for a text value.
	 * @param value the text as the resume or gold file has it
	 * @param url whether the value is a url field, whose scheme, {@code www.} and trailing
	 * {@code /} are dropped first
	 * @return the normalized text, words separated by single spaces
	 */
	static String normalize(String value, boolean url) {
		String text = value;
		if (url) {
			text = stripTrailingSlashes(URL_PREFIX.matcher(UnicodeFolding.strip(text)).replaceAll(""));
		}
		text = TAG.matcher(text).replaceAll(" ");
		text = HtmlUnescaper.unescape(text);
		// tags that were written as entities
		text = TAG.matcher(text).replaceAll(" ");
		text = replaceWithGroup(MARKDOWN_LINK, text, 1);
		text = MARKDOWN_HEADING.matcher(text).replaceAll("");
		// nested emphasis: ***x***, **_x_**
		for (int pass = 0; pass < 3; pass++) {
			String unwrapped = replaceWithGroup(MARKDOWN_EMPHASIS, text, 2);
			if (unwrapped.equals(text)) {
				break;
			}
			text = unwrapped;
		}
		text = withoutCombiningMarks(Normalizer.normalize(text, Normalizer.Form.NFKD));
		return foldPunctuationAndSpaces(UnicodeFolding.casefold(text));
	}

	private static String stripTrailingSlashes(String text) {
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == '/') {
			end--;
		}
		return text.substring(0, end);
	}

	private static String replaceWithGroup(Pattern pattern, String text, int group) {
		return pattern.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(match.group(group)));
	}

	private static String withoutCombiningMarks(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter((codePoint) -> !UnicodeFolding.isCombining(codePoint)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/**
	 * Every punctuation, symbol, separator or control character becomes a space, except a
	 * {@code +} or {@code #} right after a letter, digit, {@code +} or {@code #}; then runs of
	 * spaces fold to one and the ends are trimmed.
	 */
	private static String foldPunctuationAndSpaces(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		boolean pendingSpace = false;
		int previous = -1;
		for (int offset = 0; offset < text.length();) {
			int codePoint = text.codePointAt(offset);
			offset += Character.charCount(codePoint);
			boolean kept = ((codePoint == '+' || codePoint == '#') && previous != -1
					&& (UnicodeFolding.isAlphanumeric(previous) || previous == '+' || previous == '#'))
					|| !UnicodeFolding.isPunctuationSymbolSeparatorOrOther(codePoint);
			previous = codePoint;
			if (!kept) {
				pendingSpace = folded.length() > 0;
				continue;
			}
			if (pendingSpace) {
				folded.append(' ');
				pendingSpace = false;
			}
			folded.appendCodePoint(codePoint);
		}
		return folded.toString();
	}

}

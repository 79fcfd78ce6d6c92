package com.candidatesearch.eval;

import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML character references the way Python's {@code html.unescape} does (the HTML5
 * rules for valid and invalid references), so the port reads resume text as score.py does.
 */
final class HtmlUnescaper {

	private static final Pattern REFERENCE = Pattern
		.compile("&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\\t\\n\\f <&#;]{1,32};?)");

	/** Numeric references HTML5 reads as Windows-1252 or replaces, after Python's {@code _invalid_charrefs}. */
	private static final Map<Integer, Integer> INVALID_REFERENCES = Map.ofEntries(Map.entry(0x00, 0xFFFD),
			Map.entry(0x0D, 0x0D), Map.entry(0x80, 0x20AC), Map.entry(0x81, 0x81), Map.entry(0x82, 0x201A),
			Map.entry(0x83, 0x0192), Map.entry(0x84, 0x201E), Map.entry(0x85, 0x2026), Map.entry(0x86, 0x2020),
			Map.entry(0x87, 0x2021), Map.entry(0x88, 0x02C6), Map.entry(0x89, 0x2030), Map.entry(0x8A, 0x0160),
			Map.entry(0x8B, 0x2039), Map.entry(0x8C, 0x0152), Map.entry(0x8D, 0x8D), Map.entry(0x8E, 0x017D),
			Map.entry(0x8F, 0x8F), Map.entry(0x90, 0x90), Map.entry(0x91, 0x2018), Map.entry(0x92, 0x2019),
			Map.entry(0x93, 0x201C), Map.entry(0x94, 0x201D), Map.entry(0x95, 0x2022), Map.entry(0x96, 0x2013),
			Map.entry(0x97, 0x2014), Map.entry(0x98, 0x02DC), Map.entry(0x99, 0x2122), Map.entry(0x9A, 0x0161),
			Map.entry(0x9B, 0x203A), Map.entry(0x9C, 0x0153), Map.entry(0x9D, 0x9D), Map.entry(0x9E, 0x017E),
			Map.entry(0x9F, 0x0178));

	private static final BigInteger MAX_CODE_POINT = BigInteger.valueOf(Character.MAX_CODE_POINT);

	private HtmlUnescaper() {
	}

	static String unescape(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		return REFERENCE.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(decode(match.group(1))));
	}

	private static String decode(String reference) {
		if (reference.charAt(0) == '#') {
			return decodeNumeric(reference);
		}
		String text = HtmlEntities.lookup(reference);
		if (text != null) {
			return text;
		}
		// HTML5 takes the longest known name the reference starts with, e.g. "&notit;" as "¬it;"
		for (int end = reference.length() - 1; end > 1; end--) {
			text = HtmlEntities.lookup(reference.substring(0, end));
			if (text != null) {
				return text + reference.substring(end);
			}
		}
		return "&" + reference;
	}

	private static String decodeNumeric(String reference) {
		boolean hex = reference.charAt(1) == 'x' || reference.charAt(1) == 'X';
		String digits = reference.substring(hex ? 2 : 1);
		if (digits.endsWith(";")) {
			digits = digits.substring(0, digits.length() - 1);
		}
		BigInteger number = new BigInteger(digits, hex ? 16 : 10);
		if (number.compareTo(MAX_CODE_POINT) > 0) {
			return "\uFFFD";
		}
		int codePoint = number.intValue();
		Integer replacement = INVALID_REFERENCES.get(codePoint);
		if (replacement != null) {
			return Character.toString(replacement);
		}
		if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
			return "\uFFFD";
		}
		return isInvalidCodePoint(codePoint) ? "" : Character.toString(codePoint);
	}

	/** Python's {@code _invalid_codepoints}: controls and noncharacters HTML5 drops. */
	private static boolean isInvalidCodePoint(int codePoint) {
		return (codePoint >= 0x01 && codePoint <= 0x08) || codePoint == 0x0B
				|| (codePoint >= 0x0E && codePoint <= 0x1F) || (codePoint >= 0x7F && codePoint <= 0x9F)
				|| (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
	}

}

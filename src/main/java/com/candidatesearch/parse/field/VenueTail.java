package com.candidatesearch.parse.field;

import java.util.Set;

/**
 * Finds the venue printed after a title without punctuation ("… Heads (StyleNAT) eLVM @
 * CVPR 2025"): the run of acronyms, "@" and thesis words before the closing year.
 */
public final class VenueTail {

	private static final Set<String> WORDS = Set.of("thesis", "ph.d.", "phd", "master's", "masters", "bachelor's",
			"dissertation", "workshop", "arxiv", "preprint", "@", "in", "proc.", "oral", "poster", "spotlight");

	private VenueTail() {
	}

	/** The text split into what comes before the venue and the venue with its year. */
	static String[] split(String text) {
		String[] tokens = text.strip().split("\\s+");
		int end = tokens.length - 1;
		if (end < 1 || !tokens[end].matches("\\(?(19|20)\\d{2}\\)?[.,]?")) {
			return new String[] { text, "" };
		}
		int start = end;
		while (start > 1 && isVenueToken(tokens[start - 1])) {
			start--;
		}
		String before = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, start));
		String venue = String.join(" ", java.util.Arrays.copyOfRange(tokens, start, tokens.length));
		boolean thesis = end > start && java.util.Arrays.stream(tokens, start, end).allMatch(token -> WORDS.contains(token.toLowerCase(java.util.Locale.ROOT)));
		if (thesis) {
			// a thesis is a kind of document, not an event named by its year ("CVPR 2025")
			venue = String.join(" ", java.util.Arrays.copyOfRange(tokens, start, end)) + ", " + tokens[end];
		}
		return new String[] { before, venue };
	}

	private static boolean isVenueToken(String token) {
		if (token.startsWith("(") || token.endsWith(")")) {
			return false;
		}
		long capitals = token.chars().filter(Character::isUpperCase).count();
		return WORDS.contains(token.toLowerCase(java.util.Locale.ROOT)) || (capitals >= 2 && capitals * 2 >= token.length() - 1)
				|| token.matches("'?\\d{2}");
	}

}

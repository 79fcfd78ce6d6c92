package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

/**
 * The authors at the head of a citation ("S. Walton, A. Hassani, et al." or "Jeffrey
 * Regier, Max Lam and Prabhat."), read name by name until the title begins.
 *
 * @param names the authors as printed
 * @param end where the author list ends in the citation
 */
public record AuthorList(List<String> names, int end) {

	private static final String INITIAL = "\\p{Lu}\\.?(?:-\\p{Lu}\\.?)?";

	private static final String NAME = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*";

	static AuthorList read(String text) {
		List<String> names = new ArrayList<>();
		String[] tokens = text.split(" ");
		int[] starts = new int[tokens.length + 1];
		for (int i = 0, offset = 0; i < tokens.length; i++) {
			starts[i] = offset;
			offset += tokens[i].length() + 1;
		}
		starts[tokens.length] = text.length();
		int i = 0;
		int end = 0;
		boolean afterAnd = false;
		boolean punctuated = false;
		// once the list's initials carry full stops, an "A" without one opens the title ("E.
		// Someone and T. Lim, A Fictional Research."): the article, not an initial (other
		// capitals stay initials: lists mix "A. Hassani, S Walton")
		boolean dotted = false;
		while (i < tokens.length) {
			int j = i;
			while (j < tokens.length && strip(tokens[j]).matches(INITIAL) && !(dotted && tokens[j].equals("A"))) {
				dotted |= tokens[j].contains(".");
				j++;
			}
			boolean initials = j > i;
			if (!initials) {
				if (!strip(tokens[j]).matches(NAME)) {
					break;
				}
				j++;
				while (j < tokens.length && strip(tokens[j]).matches(INITIAL) && !tokens[j - 1].matches(".*[,.]$")) {
					j++;
				}
			}
			boolean single = !initials && j < tokens.length && tokens[j - 1].matches(".*[,.]$") && afterAnd;
			if (!single) {
				if (j >= tokens.length || !strip(tokens[j]).matches(NAME) || tokens[j - 1].endsWith(",")
						&& !initials) {
					break;
				}
				j++;
				if (initials && j + 1 < tokens.length && !tokens[j - 1].matches(".*[,.;]$") && strip(tokens[j]).matches(NAME)
						&& tokens[j + 1].matches("and|&")) {
					// "K. M. Smith Testington and B. Boss": a surname of two words
					j++;
				}
			}
			String last = tokens[j - 1];
			if (!initials && !last.matches(".*[,.]$") && !(j < tokens.length && tokens[j].matches("and|&|et"))
					&& !afterAnd) {
				break;
			}
			names.add(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, j)).replaceAll("[,.;]$", "")
				.replaceAll("(?<=\\p{L}{2})\\.$", ""));
			end = starts[j];
			i = j;
			punctuated |= last.endsWith(".") && !last.matches(INITIAL);
			if (last.endsWith(".") && !last.matches(INITIAL)) {
				break;
			}
			afterAnd = false;
			if (i < tokens.length && tokens[i].matches("and|&|und|y")) {
				i++;
				afterAnd = true;
			}
			else if (i + 1 < tokens.length && tokens[i].matches("et\\.?") && tokens[i + 1].matches("al\\.?,?")) {
				end = starts[i + 2];
				break;
			}
			else if (!last.endsWith(",")) {
				break;
			}
			else if (i < tokens.length && tokens[i].matches("and|&")) {
				i++;
				afterAnd = true;
			}
		}
		if (names.isEmpty() || (!punctuated && names.stream().noneMatch(name -> name.matches(INITIAL + "\\s.*"))
				&& names.size() < 2)) {
			return new AuthorList(List.of(), 0);
		}
		return new AuthorList(names, Math.min(end, text.length()));
	}

	private static String strip(String token) {
		return token.replaceAll("[,;]$", "").replaceAll("(?<=\\p{Ll})\\.$", "").replaceAll("^\\*+|\\*+$", "");
	}

}

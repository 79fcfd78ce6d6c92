package com.candidatesearch.candidate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the candidate stands in a publication's author list: first, last, middle or sole
 * author. Authors are printed many ways ("Steven Walton", "S. Walton", "S Walton",
 * "Walton, S.", "**S Walton**"), so a printed author is the candidate when the surnames agree
 * and the given names agree as far as both are printed (an initial agrees with a name).
 */
public enum AuthorPosition {

	SOLE, FIRST, MIDDLE, LAST;

	/** The candidate's place among the authors, or {@code null} when the candidate is not found among them. */
	static AuthorPosition of(String candidateName, List<String> authors) {
		if (candidateName == null || authors.isEmpty()) {
			return null;
		}
		List<String> name = words(candidateName);
		if (name.size() < 2) {
			return null;
		}
		for (int i = 0; i < authors.size(); i++) {
			if (sameAuthor(name, authors.get(i))) {
				if (authors.size() == 1) {
					return SOLE;
				}
				return i == 0 ? FIRST : (i == authors.size() - 1 ? LAST : MIDDLE);
			}
		}
		return null;
	}

	private static boolean sameAuthor(List<String> name, String printed) {
		String text = printed.contains(",") ? swapSurnameFirst(printed) : printed;
		List<String> author = words(text);
		if (author.size() < 2 || !author.get(author.size() - 1).equals(name.get(name.size() - 1))) {
			return false;
		}
		String given = author.get(0);
		String candidateGiven = name.get(0);
		return given.length() == 1 || candidateGiven.length() == 1 ? given.charAt(0) == candidateGiven.charAt(0)
				: given.equals(candidateGiven);
	}

	private static String swapSurnameFirst(String printed) {
		int comma = printed.indexOf(',');
		return printed.substring(comma + 1) + " " + printed.substring(0, comma);
	}

	private static List<String> words(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		List<String> words = new ArrayList<>();
		for (String word : folded.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}

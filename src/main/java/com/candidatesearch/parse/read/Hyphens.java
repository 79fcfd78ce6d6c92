package com.candidatesearch.parse.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Joins a PDF's wrapped lines at a hyphen the way the resume spells its words: a typesetter's
 * line break ("ware-" over "houses") is taken out, a compound's hyphen ("real-" over "time") kept.
 *
 * @param vocabulary how often each word of the document occurs
 */
record Hyphens(Map<String, Integer> vocabulary) {

	/** How often each word occurs, to tell a line-break hyphen from a compound's. */
	static Hyphens of(List<Word> words) {
		Map<String, Integer> vocabulary = new HashMap<>();
		for (Word word : words) {
			for (String token : word.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
				vocabulary.merge(token, 1, Integer::sum);
			}
		}
		return new Hyphens(vocabulary);
	}

	/** Joins a wrapped line, taking out a line-break hyphen only where the whole word occurs. */
	void join(StringBuilder text, String next) {
		int end = text.length();
		if (end > 0 && text.charAt(end - 1) == GlyphWords.BROKEN) {
			// the PDF itself says the hyphen only broke the word
			text.setLength(end - 1);
			text.append(next);
			return;
		}
		if (end > 2 && text.charAt(end - 1) == '-' && Character.isLowerCase(text.charAt(end - 2))
				&& !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
			int start = end - 1;
			while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
				start--;
			}
			String left = text.substring(start, end - 1).toLowerCase(Locale.ROOT);
			String right = next.split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
			// a compound ("real-time") keeps its hyphen when both halves are words of the resume;
			// otherwise the hyphen is a typesetter's line break ("ware-houses")
			// (each half occurs once as the fragment itself, so a word of the resume occurs twice)
			boolean compound = left.length() > 1 && this.vocabulary.getOrDefault(left, 0) > 1
					&& this.vocabulary.getOrDefault(right, 0) > 1;
			if (this.vocabulary.containsKey(left + right) || !compound) {
				text.setLength(end - 1);
			}
			text.append(next);
			return;
		}
		if (end > 2 && text.charAt(end - 1) == '-' && Character.isLowerCase(text.charAt(end - 2)) && !next.isEmpty()
				&& Character.isUpperCase(next.charAt(0))) {
			// "Py-" + "Torch", "Python-" + "Based": the halves of one token, hyphen and all
			text.append(next);
			return;
		}
		text.append(' ').append(next);
	}

}

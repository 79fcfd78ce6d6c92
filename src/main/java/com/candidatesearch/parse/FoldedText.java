package com.candidatesearch.parse;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded as the analyzers fold it: accents dropped, lower case, white space runs as one
 * space. Skill keys, synonym keys and facet values compare in this form, so "Résumé  Parsing"
 * and "resume parsing" are one value everywhere.
 */
public final class FoldedText {

	private FoldedText() {
	}

	public static String of(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}

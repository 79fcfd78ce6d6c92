package com.candidatesearch.search;

/**
 * Names of the analyzers and normalizers, defined alike for the Lucene and the
 * Elasticsearch/OpenSearch backend so the backend is a matter of configuration.
 */
public final class Analyzers {

	/** Words and tech tokens kept whole: {@code C++}, {@code C#}, {@code .NET}, {@code Node.js}. */
	public static final String TECH = "tech";

	/**
	 * Running English text: the tech tokens of {@link #TECH}, then English (Porter) stemming so
	 * "engineers" finds "engineering", except for tokens holding anything but letters, which are
	 * kept as written ({@code C++}, {@code node.js}, {@code k8s}). Skills, names, employers and
	 * schools are not stemmed: "Go" and "Going" are not the same skill.
	 */
	public static final String TEXT = "text_en";

	/** Tokens with a digit or a symbol in them are names of things, never stemmed. */
	static final String UNSTEMMED_PATTERN = ".*[^\\p{L}].*";

	/**
	 * Tokens are cut to this many characters before anything else looks at them. Lucene refuses a
	 * whole document holding one term over 32,766 UTF-8 bytes ("immense term"), so one long run of
	 * letters in a resume would keep it out of the index. 127 characters (at most 508 bytes) is the
	 * longest cut Lucene's truncate filter takes, and longer than any word anyone searches for. The
	 * query side is cut alike, so a long query term still finds the token it was cut from.
	 */
	public static final int MAX_TOKEN_CHARS = 127;

	/** Exact values folded for case and accents, for sorting, facets and exact matches. */
	public static final String NORMALIZED = "normalized";

	/**
	 * A token is an optional leading dot, then letters and digits joined by inner dots, hyphens,
	 * apostrophes or underscores, then any trailing {@code +} or {@code #}. So {@code C++},
	 * {@code C#}, {@code F#}, {@code .NET}, {@code Node.js} and {@code Objective-C} are single
	 * tokens and never match {@code C}, while a sentence's final dot or a comma is dropped.
	 */
	static final String TOKEN_PATTERN = "\\.?[\\p{L}\\p{N}]+(?:[.\\-'’_][\\p{L}\\p{N}]+)*[+#]*";

	private Analyzers() {
	}

}

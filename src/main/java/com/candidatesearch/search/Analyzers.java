package com.candidatesearch.search;

/**
 * Names of the analyzers and normalizers, defined alike for the Lucene and the
 * Elasticsearch/OpenSearch backend so the backend is a matter of configuration.
 */
public final class Analyzers {

	/** Words and tech tokens kept whole: {@code C++}, {@code C#}, {@code .NET}, {@code Node.js}. */
	public static final String TECH = "tech";

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

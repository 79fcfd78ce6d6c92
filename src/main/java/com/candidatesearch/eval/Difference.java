package com.candidatesearch.eval;

/**
 * One field the parse got wrong: a false positive (in the parse, not in the gold file) or a
 * false negative (in the gold file, not in the parse). A wrong value is both.
 *
 * @param section the report row it counts in, e.g. {@code work} or {@code skills.name}
 * @param kind {@code "FP"} or {@code "FN"}
 * @param path where the value sits, as score.py writes it: {@code work[2].endDate} (gold
 * index), {@code work[pred 3].name} (an unmatched predicted item), {@code skills.keywords[]}
 * @param value the value as JSON text, e.g. {@code "2023-06"} with its quotes
 */
public record Difference(String section, String kind, String path, String value) {

	/** Kind of a value the parse has and the gold file has not. */
	public static final String FALSE_POSITIVE = "FP";

	/** Kind of a value the gold file has and the parse has not. */
	public static final String FALSE_NEGATIVE = "FN";

}

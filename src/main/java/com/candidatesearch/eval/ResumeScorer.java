package com.candidatesearch.eval;

import tools.jackson.databind.JsonNode;

/**
 * Field-level precision, recall and F1 of a parsed resume against its gold parse: a Java port
 * of score.py that gives the same counts, section by section, as the script does.
 */
public final class ResumeScorer {

	private ResumeScorer() {
	}

	/**
	 * Scores one parse.
	 * @param predicted the parse, in the contract's shape (anything but an object scores as
	 * an empty parse)
	 * @param gold the gold parse of the same resume
	 * @return counts per section and every field that differs
	 */
	public static Score score(JsonNode predicted, JsonNode gold) {
		return new ScoringWalk().score(predicted, gold);
	}

}

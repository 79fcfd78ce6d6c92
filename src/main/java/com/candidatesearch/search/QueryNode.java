package com.candidatesearch.search;

import java.util.List;

/** A query as the recruiter typed it, understood: words, phrases, scopes, ranges and their logic. */
sealed interface QueryNode {

	/**
	 * A word, or a word prefix ({@code pyto*}), searched in a scope.
	 *
	 * @param scope where to search
	 * @param text the word as typed
	 * @param prefix whether it ends in {@code *}
	 */
	record Word(Scope scope, String text, boolean prefix) implements QueryNode {
	}

	/**
	 * Words that must appear together in this order.
	 *
	 * @param scope where to search
	 * @param text the words as typed, without quotes
	 */
	record Phrase(Scope scope, String text) implements QueryNode {
	}

	/**
	 * A numeric condition: {@code experience:>=5}, {@code year:2020..2024}.
	 *
	 * @param scope a numeric scope
	 * @param min the smallest value allowed, or {@code null}
	 * @param max the largest value allowed, or {@code null}
	 */
	record Range(Scope scope, Integer min, Integer max) implements QueryNode {
	}

	/** All must match. */
	record All(List<QueryNode> parts) implements QueryNode {

		public All {
			parts = List.copyOf(parts);
		}

	}

	/** At least one must match. */
	record Any(List<QueryNode> parts) implements QueryNode {

		public Any {
			parts = List.copyOf(parts);
		}

	}

	/** Must not match. */
	record Not(QueryNode part) implements QueryNode {
	}

}

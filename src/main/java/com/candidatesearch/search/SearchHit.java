package com.candidatesearch.search;

import java.util.List;

/**
 * One candidate found by a search, with why it matched.
 *
 * @param id the candidate's id
 * @param name the candidate's name
 * @param label the headline the resume gives, e.g. "Machine Learning Engineer"
 * @param score the relevance score
 * @param highlights passages of the fields that matched
 */
public record SearchHit(long id, String name, String label, float score, List<Highlight> highlights) {

	public SearchHit {
		highlights = List.copyOf(highlights);
	}

}

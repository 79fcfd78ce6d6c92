package com.candidatesearch.candidate;

import java.util.Map;

import com.candidatesearch.parse.SourceSpan;

/**
 * A candidate's extracted text and where each parsed value was found in it.
 *
 * @param id the candidate's id
 * @param name the name to show
 * @param text the text extracted from the uploaded file
 * @param sources where each value was found, by its path in the contract
 * @param values each located value as parsed, by the same path
 */
public record CandidateSources(long id, String name, String text, Map<String, SourceSpan> sources,
		Map<String, String> values) {

	public CandidateSources {
		sources = Map.copyOf(sources);
		values = Map.copyOf(values);
	}

}

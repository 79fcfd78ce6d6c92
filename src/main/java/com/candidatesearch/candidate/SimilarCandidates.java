package com.candidatesearch.candidate;

import java.util.List;

/**
 * Finds the candidates most like a given one. The search feature provides it, so the profile
 * page can show similar candidates without this feature depending on the search.
 */
public interface SimilarCandidates {

	/** Up to {@code limit} candidates like this one, most similar first; never the candidate itself. */
	List<Similar> similarTo(long id, int limit);

	/**
	 * A similar candidate.
	 *
	 * @param id the candidate's id
	 * @param name the candidate's name
	 * @param label the resume's headline, or {@code null}
	 * @param reasons what they share, e.g. "PyTorch, CUDA, Research Scientist"
	 */
	record Similar(long id, String name, String label, List<String> reasons) {

		public Similar {
			reasons = List.copyOf(reasons);
		}

	}

}

package com.candidatesearch.candidate;

import java.util.List;

/**
 * The few facts a search hit shows beside its name: the current (or latest) job and the first skills.
 *
 * @param position the latest job title, or {@code null}
 * @param employer the latest employer, or {@code null}
 * @param skills the first skills the resume lists
 */
public record CandidateCard(String position, String employer, List<String> skills) {

	public CandidateCard {
		skills = List.copyOf(skills);
	}

}

package com.candidatesearch.candidate;

import java.util.List;

/**
 * How long a candidate has worked, in all and with each listed skill.
 *
 * @param totalYears years of work, overlapping jobs counted once
 * @param skills each listed skill with its years, in the resume's order
 */
public record CandidateExperience(int totalYears, List<CandidateCard.Skill> skills) {

	public CandidateExperience {
		skills = List.copyOf(skills);
	}

}

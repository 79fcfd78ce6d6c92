package com.candidatesearch.candidate;

import java.time.YearMonth;
import java.util.List;

/**
 * The few facts a search hit shows beside its name: the current (or latest) job and the
 * skills, longest used first, with their years.
 *
 * @param position the latest job title, or {@code null}
 * @param employer the latest employer, or {@code null}
 * @param skills the skills to show, with how long and how lately each was used
 */
public record CandidateCard(String position, String employer, List<Skill> skills) {

	public CandidateCard {
		skills = List.copyOf(skills);
	}

	/** The skills as chip texts: "Python · 5 yrs", "Rust · 3 yrs, until 2017", "Haskell". */
	public List<String> skillLabels() {
		return this.skills.stream().map(Skill::label).toList();
	}

	/**
	 * A skill and its use.
	 *
	 * @param name the skill as the resume lists it
	 * @param years whole years of the jobs and projects mentioning it
	 * @param lastUsed the last month of those, or {@code null} when none mentions it
	 * @param current whether it is used in a job or project still going on
	 */
	public record Skill(String name, int years, YearMonth lastUsed, boolean current) {

		public String label() {
			if (this.years == 0) {
				return this.name;
			}
			String span = this.name + " · " + (this.years == 1 ? "1 yr" : this.years + " yrs");
			return this.current || this.lastUsed == null ? span : span + ", until " + this.lastUsed.getYear();
		}

	}

}

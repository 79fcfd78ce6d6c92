package com.candidatesearch.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What two resumes have in common beyond the name: employers, schools, publication titles and
 * skills, counted against the fresh resume's own ("4 of 5 employers").
 */
record ContentOverlap(Count employers, Count schools, Count publications, Count skills) {

	/** Skills alone convince only when nearly all are shared, and there are enough to mean something. */
	static final double SKILLS_ALONE = 0.8;

	static final int SKILLS_ALONE_MIN = 6;

	/** With one employer, school or publication in common, most of the skills must be shared too. */
	static final double SKILLS_WITH_ONE = 0.5;

	/**
	 * Employers, schools and publications in common must be at least this share of those the
	 * shorter of the two resumes lists. A new version repeats most of the one before, whatever it
	 * adds; two people who share a name share a few of many by chance (two of eight paper titles
	 * such as "A Survey of Federated Learning", a large employer), and that is no evidence.
	 */
	static final double ENTITIES_SHARE = 0.5;

	static ContentOverlap of(Identity fresh, Identity stored) {
		return new ContentOverlap(Count.of(fresh.employers(), stored.employers()),
				Count.of(fresh.schools(), stored.schools()), Count.of(fresh.publications(), stored.publications()),
				Count.of(fresh.skills(), stored.skills()));
	}

	/** Employers, schools and publications in common. */
	int entities() {
		return this.employers.shared() + this.schools.shared() + this.publications.shared();
	}

	/** Of the employers, schools and publications the shorter resume lists, the share both have. */
	double entityShare() {
		int fresh = this.employers.fresh() + this.schools.fresh() + this.publications.fresh();
		int stored = this.employers.stored() + this.schools.stored() + this.publications.stored();
		int shorter = Math.min(fresh, stored);
		return shorter == 0 ? 0 : (double) entities() / shorter;
	}

	/** Whether this, with compatible names, makes the two one person. */
	boolean convincing() {
		double skillShare = this.skills.jaccard();
		boolean entitiesConvince = entities() >= 2 || (entities() == 1 && skillShare >= SKILLS_WITH_ONE);
		return (entitiesConvince && entityShare() >= ENTITIES_SHARE)
				|| (skillShare >= SKILLS_ALONE && this.skills.shared() >= SKILLS_ALONE_MIN);
	}

	int score() {
		return 10 * entities() + (int) Math.round(10 * this.skills.jaccard());
	}

	/** "4 of 5 employers, 1 of 2 schools": only what is shared. */
	String describe() {
		List<String> parts = new ArrayList<>();
		this.employers.describe("employer", "employers", parts);
		this.schools.describe("school", "schools", parts);
		this.publications.describe("publication", "publications", parts);
		this.skills.describe("skill", "skills", parts);
		return String.join(", ", parts);
	}

	/**
	 * @param shared how many both have
	 * @param fresh how many the fresh resume has
	 * @param union how many the two have together
	 */
	record Count(int shared, int fresh, int union) {

		static Count of(Set<String> fresh, Set<String> stored) {
			Set<String> both = new HashSet<>(fresh);
			both.retainAll(stored);
			Set<String> union = new HashSet<>(fresh);
			union.addAll(stored);
			return new Count(both.size(), fresh.size(), union.size());
		}

		/** How many the stored resume has. */
		int stored() {
			return this.union - this.fresh + this.shared;
		}

		double jaccard() {
			return this.union == 0 ? 0 : (double) this.shared / this.union;
		}

		void describe(String one, String many, List<String> parts) {
			if (this.shared > 0) {
				parts.add(this.shared + " of " + this.fresh + " " + (this.fresh == 1 ? one : many));
			}
		}

	}

}

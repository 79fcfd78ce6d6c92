package com.candidatesearch.candidate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.candidatesearch.parse.ParsedResume;

/**
 * How far a degree goes, read from the words resumes use for it ("Ph.D.", "M.S.", "Bachelor's",
 * "B.Eng."); a degree not recognised ranks lowest, so the comparison still shows it when it is the only one.
 */
public enum DegreeLevel {

	OTHER, ASSOCIATE, BACHELOR, MASTER, DOCTORATE;

	public static DegreeLevel of(String studyType) {
		if (studyType == null) {
			return OTHER;
		}
		String words = studyType.toLowerCase(Locale.ROOT);
		String letters = words.replaceAll("[^a-z]", "");
		if (words.contains("doctor") || letters.startsWith("phd") || letters.startsWith("dphil")
				|| letters.equals("edd") || letters.equals("md") || letters.equals("jd")) {
			return DOCTORATE;
		}
		if (words.contains("master") || letters.startsWith("ms") || letters.startsWith("ma")
				|| letters.startsWith("meng") || letters.equals("mba") || letters.equals("mphil")) {
			return MASTER;
		}
		if (words.contains("bachelor") || letters.startsWith("bs") || letters.startsWith("ba")
				|| letters.startsWith("beng") || letters.startsWith("btech") || letters.equals("ab")) {
			return BACHELOR;
		}
		if (words.contains("associate") || letters.equals("aa") || letters.equals("as")) {
			return ASSOCIATE;
		}
		return OTHER;
	}

	/** The highest degree listed; among equals, the first the resume lists. */
	public static Optional<ParsedResume.Education> highest(List<ParsedResume.Education> education) {
		return education.stream()
			.max(Comparator.comparing((ParsedResume.Education degree) -> of(degree.studyType()))
				.thenComparing(degree -> -education.indexOf(degree)));
	}

}

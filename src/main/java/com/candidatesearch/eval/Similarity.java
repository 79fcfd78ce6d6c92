package com.candidatesearch.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How alike two field values are, as score.py judges it: 1.0 when equal after normalization
 * (spaces ignored), else difflib's ratio of the normalized forms, which counts as a near match
 * from {@link #NEAR_MATCH}. Identifier and date fields never near-match. Normalized forms are
 * remembered for the life of one scoring, as score.py's cache does.
 */
final class Similarity {

	static final double NEAR_MATCH = 0.85;

	/** Fields that must be equal after normalization: a near date or a near e-mail is wrong. */
	static final Set<String> EXACT_FIELDS = Set.of("startDate", "endDate", "date", "releaseDate", "email", "phone",
			"url", "username", "countryCode", "postalCode", "score");

	private final Map<String, String> normalized = new HashMap<>();

	private final Map<String, String> normalizedUrls = new HashMap<>();

	/**
	 * score.py's {@code similarity(a, b, field)}.
	 * @param a one value as text
	 * @param b the other value as text
	 * @param field the field both values sit in, or {@code null} for elements of a string list
	 * @return a figure from 0.0 to 1.0
	 */
	double of(String a, String b, String field) {
		String na = normalize(a, field);
		String nb = normalize(b, field);
		if (na.isEmpty() || nb.isEmpty()) {
			return na.equals(nb) ? 1.0 : 0.0;
		}
		if (na.replace(" ", "").equals(nb.replace(" ", ""))) {
			return 1.0;
		}
		if (field != null && EXACT_FIELDS.contains(field)) {
			return 0.0;
		}
		SequenceMatcher matcher = new SequenceMatcher(na, nb);
		if (matcher.realQuickRatio() < NEAR_MATCH || matcher.quickRatio() < NEAR_MATCH) {
			return 0.0;
		}
		return matcher.ratio();
	}

	boolean matches(String a, String b, String field) {
		return of(a, b, field) >= NEAR_MATCH;
	}

	String normalize(String value, String field) {
		boolean url = "url".equals(field);
		return (url ? this.normalizedUrls : this.normalized).computeIfAbsent(value,
				(text) -> TextNormalizer.normalize(text, url));
	}

}

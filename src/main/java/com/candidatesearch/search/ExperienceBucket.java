package com.candidatesearch.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An experience filter value, {@code 3-5} or {@code 16-99}; anything else means no bound. */
final class ExperienceBucket {

	private static final Pattern BUCKET = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

	private ExperienceBucket() {
	}

	static int[] parse(String value) {
		Matcher matcher = BUCKET.matcher(value.strip());
		if (!matcher.matches()) {
			return new int[] { 0, 99 };
		}
		int from = Integer.parseInt(matcher.group(1));
		int to = Integer.parseInt(matcher.group(2));
		return from <= to ? new int[] { from, to } : new int[] { to, from };
	}

}

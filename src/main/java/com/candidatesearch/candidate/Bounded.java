package com.candidatesearch.candidate;

import java.util.List;

/**
 * Column limits. Everything in a resume is untrusted, so every value is cut to the size of
 * its column before it is stored instead of failing the whole upload on one long line.
 */
final class Bounded {

	static final int SHORT = 500;

	static final int LINE = 4000;

	static final int LONG = 20000;

	static final int DOCUMENT = 500000;

	static final int MAX_ITEMS = 500;

	private Bounded() {
	}

	static String cut(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		int end = max;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end);
	}

	static List<String> cutAll(List<String> values, int max) {
		return values.stream().limit(MAX_ITEMS).map(value -> cut(value, max)).toList();
	}

}

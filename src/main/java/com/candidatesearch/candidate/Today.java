package com.candidatesearch.candidate;

import java.time.YearMonth;

/**
 * The month that open-ended jobs run to and experience is counted up to. Set the system
 * property {@code candidate-search.today} (e.g. {@code 2026-11}) to count as of another month,
 * so that rankings that depend on experience can be reproduced later.
 */
public final class Today {

	public static final String PROPERTY = "candidate-search.today";

	private Today() {
	}

	public static YearMonth month() {
		String fixed = System.getProperty(PROPERTY);
		return fixed == null || fixed.isBlank() ? YearMonth.now() : YearMonth.parse(fixed.strip());
	}

}

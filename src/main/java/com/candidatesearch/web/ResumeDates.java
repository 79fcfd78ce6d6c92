package com.candidatesearch.web;

/** Resume dates as the pages print them: as precise as the resume was, an open end as "present". */
public final class ResumeDates {

	private static final String DASH = " \u2013 ";

	private ResumeDates() {
	}

	/**
	 * The span of a job, degree or role: "2021-01 – present", "2018 – 2022", or the one date known.
	 * An end without a start is just the end (a degree's graduation), and nothing known is {@code null}.
	 */
	public static String range(String start, String end) {
		if (start == null) {
			return end;
		}
		return start + DASH + (end != null ? end : "present");
	}

}

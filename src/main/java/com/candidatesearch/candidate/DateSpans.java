package com.candidatesearch.candidate;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans of months read from the contract's partial dates, and their union. A year without a
 * month starts in January and ends in December; an open end runs to this month.
 */
final class DateSpans {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?.*");

	private final List<YearMonth[]> spans = new ArrayList<>();

	private final YearMonth now;

	DateSpans(YearMonth now) {
		this.now = now;
	}

	/** Adds a span; one without a readable start is left out. */
	void add(String startDate, String endDate) {
		YearMonth start = parse(startDate, false);
		if (start == null) {
			return;
		}
		YearMonth end = endDate == null ? this.now : parse(endDate, true);
		if (end == null || end.isAfter(this.now)) {
			end = this.now;
		}
		if (!end.isBefore(start)) {
			this.spans.add(new YearMonth[] { start, end });
		}
	}

	boolean isEmpty() {
		return this.spans.isEmpty();
	}

	/** Whole years covered, overlapping spans counted once. */
	int years() {
		List<YearMonth[]> sorted = new ArrayList<>(this.spans);
		sorted.sort(Comparator.comparing((YearMonth[] span) -> span[0]));
		long months = 0;
		YearMonth runStart = null;
		YearMonth runEnd = null;
		for (YearMonth[] span : sorted) {
			if (runEnd != null && !span[0].isAfter(runEnd.plusMonths(1))) {
				runEnd = span[1].isAfter(runEnd) ? span[1] : runEnd;
				continue;
			}
			months += monthsIn(runStart, runEnd);
			runStart = span[0];
			runEnd = span[1];
		}
		months += monthsIn(runStart, runEnd);
		return (int) (months / 12);
	}

	/** The latest month covered, or {@code null} when there is no span. */
	YearMonth last() {
		return this.spans.stream().map(span -> span[1]).max(Comparator.naturalOrder()).orElse(null);
	}

	private static long monthsIn(YearMonth start, YearMonth end) {
		return start == null ? 0 : start.until(end, ChronoUnit.MONTHS) + 1;
	}

	static YearMonth parse(String date, boolean end) {
		if (date == null) {
			return null;
		}
		Matcher matcher = DATE.matcher(date);
		if (!matcher.matches()) {
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		int month = matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : (end ? 12 : 1);
		return month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
	}

}

package com.candidatesearch.candidate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years of work experience from the dates of the jobs held: overlapping jobs count once, an
 * open end runs to this month, a year without a month starts in January and ends in December.
 */
final class Experience {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?.*");

	private Experience() {
	}

	static int years(List<Position> positions, YearMonth now) {
		List<YearMonth[]> spans = new ArrayList<>();
		for (Position position : positions) {
			YearMonth start = parse(position.getStartDate(), false);
			if (start == null) {
				continue;
			}
			YearMonth end = position.getEndDate() == null ? now : parse(position.getEndDate(), true);
			if (end == null || end.isAfter(now)) {
				end = now;
			}
			if (!end.isBefore(start)) {
				spans.add(new YearMonth[] { start, end });
			}
		}
		spans.sort(Comparator.comparing((YearMonth[] span) -> span[0]));
		long months = 0;
		YearMonth runStart = null;
		YearMonth runEnd = null;
		for (YearMonth[] span : spans) {
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

	private static long monthsIn(YearMonth start, YearMonth end) {
		return start == null ? 0 : start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1;
	}

	private static YearMonth parse(String date, boolean end) {
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

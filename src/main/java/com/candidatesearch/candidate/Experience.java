package com.candidatesearch.candidate;

import java.time.YearMonth;
import java.util.List;

/** Years of work experience from the dates of the jobs held, overlapping jobs counted once. */
final class Experience {

	private Experience() {
	}

	static int years(List<Position> positions, YearMonth now) {
		DateSpans spans = new DateSpans(now);
		positions.forEach(position -> spans.add(position.getStartDate(), position.getEndDate()));
		return spans.years();
	}

}

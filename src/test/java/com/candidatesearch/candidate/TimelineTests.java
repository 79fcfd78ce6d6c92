package com.candidatesearch.candidate;

import java.time.YearMonth;
import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Work;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class TimelineTests {

	private static final YearMonth NOW = YearMonth.of(2026, 11);

	@Test
	void candidatesShareOneAxisFromTheEarliestYearToThisYear() {
		Timeline timeline = Timeline.build(List.of(new Timeline.Person("Ada", resume(
				List.of(new Work("Initech", "Engineer", null, "2016-01", "2020-12", null, List.of())), List.of())),
				new Timeline.Person("Ben", resume(List.of(new Work("Globex", "Lead", null, "2021-01", null, null, List.of())),
						List.of()))), NOW);
		assertThat(timeline.ticks()).extracting(Timeline.Tick::label)
			.containsExactly("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026");
		Timeline.Bar ada = timeline.groups().get(0).bars().get(0);
		Timeline.Bar ben = timeline.groups().get(1).bars().get(0);
		assertThat(ada.x()).isEqualTo("1.00%");
		assertThat(ben.tooltip()).isEqualTo("Lead, Globex: 2021-01 \u2013 present");
		assertThat(Double.parseDouble(ben.x().replace("%", "")) + Double.parseDouble(ben.width().replace("%", "")))
			.as("an open-ended job runs to this month").isCloseTo(1 + 98 * (10 * 12 + 11) / 132.0, offset(0.01));
		assertThat(timeline.description()).isEqualTo("Timeline of 2 candidates: 2 jobs and 0 degrees from 2016 to 2026.");
	}

	@Test
	void jobsComeBeforeDegreesAndUndatedEntriesAreCountedNotDrawn() {
		Timeline timeline = Timeline.build(List.of(new Timeline.Person(null, resume(
				List.of(new Work("Initech", null, null, "2020", null, null, List.of()),
						new Work("Hooli", null, null, null, null, null, List.of())),
				List.of(new Education("MIT", "CS", "B.S.", null, "2019", null, List.of(), null))))), NOW);
		assertThat(timeline.groups().get(0).bars()).extracting(Timeline.Bar::kind).containsExactly("work", "education");
		assertThat(timeline.groups().get(0).bars().get(1).label()).isEqualTo("B.S., CS, MIT");
		assertThat(timeline.undated()).isEqualTo(1);
	}

	private static ParsedResume resume(List<Work> work, List<Education> education) {
		return new ParsedResume(new Basics("X", null, null, null, null, null, null, List.of()), work, education, null,
				null, null, null, null, null, null);
	}

}

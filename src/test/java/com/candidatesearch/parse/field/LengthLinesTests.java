package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Project;
import com.candidatesearch.parse.ParsedResume.Work;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** A length of time on a line of its own under an entry's dates. */
class LengthLinesTests {

	private static List<Line> lines(String... texts) {
		return java.util.Arrays.stream(texts).map(Line::text).toList();
	}

	@Test
	void aLengthUnderDatesAloneJoinsThemAndOpensNoEntry() {
		List<Line> joined = LengthLines.joined(lines("Juin 2017 - Févr. 2021", "3 ans 8 mois", "Software Engineer",
				"Parker, Von and Keebler"));
		assertThat(joined).extracting(Line::text)
			.containsExactly("Juin 2017 - Févr. 2021 · 3 ans 8 mois", "Software Engineer", "Parker, Von and Keebler");
		assertThat(DateRange.isDateOnly(joined.get(0).text())).isTrue();
	}

	@Test
	void aLengthUnderATitleBesideItsDatesIsLeftOutAndOneLongAfterTextStays() {
		assertThat(LengthLines.joined(lines("Mars 2021 - Aujourd'hui Senior Backend Engineer", "5 ans 9 mois", "Acme")))
			.extracting(Line::text)
			.containsExactly("Mars 2021 - Aujourd'hui Senior Backend Engineer", "Acme");
		assertThat(LengthLines.joined(lines("Team lead", "Acme", "Owned the roadmap", "(2 years)")))
			.extracting(Line::text)
			.containsExactly("Team lead", "Acme", "Owned the roadmap", "(2 years)");
	}

	@Test
	void jobsAndProjectsInADateColumnWithLengthsUnderTheDatesAreReadOneByOne() {
		List<Line> section = LengthLines.joined(lines("Mars 2021 - Aujourd'hui", "5 ans 9 mois", "Senior Backend Engineer",
				"Ankunding - Bartell", "Payments platform team; tech lead for settlement.", "Juin 2017 - Févr. 2021",
				"3 ans 8 mois", "Software Engineer", "Parker, Von and Keebler", "Built routing and dispatch APIs."));
		assertThat(WorkSectionParser.parse(section)).extracting(Work::name, Work::position, Work::startDate, Work::endDate)
			.containsExactly(tuple("Ankunding - Bartell", "Senior Backend Engineer", "2021-03", null),
					tuple("Parker, Von and Keebler", "Software Engineer", "2017-06", "2021-02"));
		assertThat(ProjectsSectionParser.parse(LengthLines.joined(lines("Oct. 2019 - Juin 2020", "8 mois", "pgshard",
				"Open-source tool for online resharding of PostgreSQL tables."))))
			.extracting(Project::name, Project::startDate)
			.containsExactly(tuple("pgshard", "2019-10"));
	}

}

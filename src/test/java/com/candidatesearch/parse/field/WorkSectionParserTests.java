package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Work;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How an experience section's entries are read into positions. */
class WorkSectionParserTests {

	private static Line heading(int level, String text, String... emphasis) {
		return new Line(text, Line.Kind.HEADING, level, false, List.of(emphasis), 0, true);
	}

	private static Line item(String text) {
		return new Line(text, Line.Kind.ITEM, 0, false, List.of(), 0, false);
	}

	@Test
	void datesAloneOverAHeadingAreTheHeadingsEntrysDates() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("Mars 2021 - Aujourd'hui"), heading(3, "Senior Engineer"),
				Line.text("Ankunding - Bartell"), item("Redesigned the pipeline"), Line.text("Juin 2017 - Févr. 2021"),
				heading(3, "Software Engineer"), Line.text("Parker, Von and Keebler"), item("Built routing APIs")));
		assertThat(work).extracting(Work::name, Work::position, Work::startDate, Work::endDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ankunding - Bartell", "Senior Engineer", "2021-03", null),
					org.assertj.core.groups.Tuple.tuple("Parker, Von and Keebler", "Software Engineer", "2017-06", "2021-02"));
	}

	@Test
	void aTownAndItsRegionOnALineUnderTheHeadIsItsLocation() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("Mars 2021 - Aujourd'hui"), heading(3, "Senior Engineer"),
				Line.text("Ankunding - Bartell"), Line.text("East Vena, RI"), Line.text("Payments platform team."),
				item("Redesigned the pipeline")));
		assertThat(work).extracting(Work::name, Work::location, Work::summary)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ankunding - Bartell", "East Vena, RI", "Payments platform team."));
	}

	@Test
	void aPostalAddressUnderTheHeadIsItsLocation() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("August 2002 – Present"), Line.text("Independent consultant"),
				Line.text("National Youth Council of Ireland"), Line.text("3 Montague Street, Dublin 2, D02 V327, Ireland"),
				Line.text("Evaluation of youth training support measures"), Line.text("March 2002 – July 2002"),
				Line.text("Internship"), Line.text("European Commission, Youth Unit, DG Education and Culture"),
				Line.text("200, Rue de la Loi, 1049 Brussels (Belgium)"), item("evaluating youth training programmes")));
		assertThat(work).extracting(Work::location, Work::summary).containsExactly(
				org.assertj.core.groups.Tuple.tuple("3 Montague Street, Dublin 2, D02 V327, Ireland",
						"Evaluation of youth training support measures"),
				org.assertj.core.groups.Tuple.tuple("200, Rue de la Loi, 1049 Brussels (Belgium)", null));
	}

	@Test
	void aBoldTitleUnderTheEmployersDatesAndLinkIsItsTitle() {
		List<Work> work = WorkSectionParser.parse(List.of(bold("Pied Piper"), bold("2013-12-01 — 2014-12-01"),
				Line.text("http://piedpiper.example.com"), bold("CEO/President"),
				Line.text("Pied Piper is a multi-platform compression technology."), item("Won Techcrunch Disrupt")));
		assertThat(work).extracting(Work::name, Work::position, Work::startDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Pied Piper", "CEO/President", "2013-12-01"));
	}

	@Test
	void aPlaceSetInItalicsAfterTheEmployerIsItsLocation() {
		List<Work> work = WorkSectionParser.parse(List.of(heading(3, "Northwind Traders Lisbon", "Lisbon"),
				heading(4, "Analyst (03/2019 - 05/2022)", "(03/2019 - 05/2022)"), item("Bought things")));
		assertThat(work).extracting(Work::name, Work::position, Work::location)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Northwind Traders", "Analyst", "Lisbon"));
	}

	@Test
	void aSecondRoleBelowTheEmployerHeadingKeepsTheEmployer() {
		List<Work> work = WorkSectionParser.parse(List.of(heading(3, "Northwind Traders Lisbon", "Lisbon"),
				heading(4, "Senior Analyst (06/2022 - present)"), heading(5, "Analyst (03/2019 - 05/2022)"),
				item("Bought things"), heading(3, "Contoso Porto", "Porto"), heading(4, "Clerk (2015 - 2019)")));
		assertThat(work).extracting(Work::name, Work::position, Work::location, Work::startDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Northwind Traders", "Senior Analyst", "Lisbon", "2022-06"),
					org.assertj.core.groups.Tuple.tuple("Northwind Traders", "Analyst", "Lisbon", "2019-03"),
					org.assertj.core.groups.Tuple.tuple("Contoso", "Clerk", "Porto", "2015"));
	}

	@Test
	void phrasesClosingAnEntryInPlainTextAreItsBullets() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("Northwind Traders"), Line.text("Senior Analyst"),
				Line.text("2019-03-01 - Present"), Line.text("Pricing team for the wholesale catalogue."),
				Line.text("Rebuilt the weekly margin report in SQL"), Line.text("Cut stock write-offs by a fifth over two years")));
		assertThat(work.get(0).summary()).isEqualTo("Pricing team for the wholesale catalogue.");
		assertThat(work.get(0).highlights()).containsExactly("Rebuilt the weekly margin report in SQL",
				"Cut stock write-offs by a fifth over two years");
	}

	@Test
	void aParagraphOfSentencesStaysTheSummary() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("Northwind Traders, Senior Analyst 2019 - 2021"),
				Line.text("Ran pricing for the wholesale catalogue."), Line.text("Rebuilt the weekly margin report in SQL.")));
		assertThat(work.get(0).highlights()).isEmpty();
	}

	@Test
	void aLongPhraseTwoAboveTheDatesEndsTheEntryBeforeWhereEmployersSitRightAboveTheirDates() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("Northwind Traders"), Line.text("01/2019 - 03/2022"),
				Line.text("Senior Analyst"), Line.text("Rebuilt the weekly margin report in SQL for the buyers"),
				Line.text("Cut stock write-offs by a fifth over two busy years"), Line.text("Contoso"),
				Line.text("09/2016 - 12/2018"), Line.text("Analyst")));
		assertThat(work).extracting(Work::name, Work::position, Work::startDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Northwind Traders", "Senior Analyst", "2019-01"),
					org.assertj.core.groups.Tuple.tuple("Contoso", "Analyst", "2016-09"));
		assertThat(work.get(0).highlights()).hasSize(2);
	}

	private static Line bold(String text) {
		return new Line(text, Line.Kind.TEXT, 0, true, List.of(), 0, false);
	}

}

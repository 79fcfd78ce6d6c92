package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Certificate;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Project;
import com.candidatesearch.parse.ParsedResume.Work;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shapes job, degree and certificate entries take, read into the same fields. */
class EntryShapesTests {

	@Test
	void readsTitleCompanyCityWithDates() {
		Work work = onlyPosition(Line.text("Software Engineer, Shopify, Ottawa — Jun 2017 – Feb 2021"));
		assertThat(work.name()).isEqualTo("Shopify");
		assertThat(work.position()).isEqualTo("Software Engineer");
		assertThat(work.location()).isEqualTo("Ottawa");
		assertThat(work.startDate()).isEqualTo("2017-06");
		assertThat(work.endDate()).isEqualTo("2021-02");
	}

	@Test
	void readsCompanyBarTitleBarDates() {
		Work work = onlyPosition(Line.text("Nubank | Director of Engineering | Jan 2020 – Present"));
		assertThat(work.name()).isEqualTo("Nubank");
		assertThat(work.position()).isEqualTo("Director of Engineering");
		assertThat(work.endDate()).isNull();
	}

	@Test
	void readsTitleLineThenCompanyLine() {
		Work work = onlyPosition(Line.text("Platform Engineering Manager May 2022 – Present"),
				Line.text("Booking.com, Amsterdam"));
		assertThat(work.name()).isEqualTo("Booking.com");
		assertThat(work.position()).isEqualTo("Platform Engineering Manager");
		assertThat(work.location()).isEqualTo("Amsterdam");
	}

	@Test
	void readsDatesLineBeforeTheHead() {
		Work work = onlyPosition(Line.text("10/2018 – heute"),
				Line.text("Softwarearchitekt, Robert Bosch GmbH, Stuttgart"));
		assertThat(work.name()).isEqualTo("Robert Bosch GmbH");
		assertThat(work.position()).isEqualTo("Softwarearchitekt");
		assertThat(work.startDate()).isEqualTo("2018-10");
	}

	@Test
	void readsABoldTitleUnderABoldEmployerAndLeavesTheCaptionOfItsBullets() {
		List<Work> work = WorkSectionParser.parse(List.of(bold("West, Grant and Kessler"), bold("2023-05-22 — 2023-08-11"),
				bold("Software Engineering Intern"), bold("Highlights"), item("Added server-side pagination"),
				item("Wrote end-to-end tests"), bold("Veum, Wolf and Waters"), bold("2022-06-06 — 2022-08-19"),
				bold("Firmware Intern"), bold("Highlights"), item("Ported a sensor driver to Rust")));
		assertThat(work).extracting(Work::name, Work::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("West, Grant and Kessler", "Software Engineering Intern"),
					org.assertj.core.groups.Tuple.tuple("Veum, Wolf and Waters", "Firmware Intern"));
		assertThat(work.get(0).highlights()).containsExactly("Added server-side pagination", "Wrote end-to-end tests");
		assertThat(work.get(1).location()).isNull();
	}

	@Test
	void aBoldLineOverItsOwnDatesStillOpensAnEntry() {
		List<Work> work = WorkSectionParser.parse(List.of(bold("Acme Robotics"), bold("2021 – 2023"),
				bold("Beta Labs"), bold("2019 – 2021")));
		assertThat(work).extracting(Work::name).containsExactly("Acme Robotics", "Beta Labs");
	}

	@Test
	void aPhraseRightAboveTheNextDatesEndsTheEntryWhoseHeadIsOneLine() {
		// plain text of a list whose marks were lost: the employer, its dates, the title, bullets
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("Herzog, Kemmer and Koss"), Line.text("02/2019 - 05/2021"),
				Line.text("Junior Web Developer"), Line.text("Built marketing pages and landing page experiments in Vue"),
				Line.text("Cut the bundle size by half"), Line.text("Kuhlman, Mills and Hegmann"),
				Line.text("06/2021 - Present"), Line.text("Frontend Developer")));
		assertThat(work).extracting(Work::name).containsExactly("Herzog, Kemmer and Koss", "Kuhlman, Mills and Hegmann");
	}

	@Test
	void readsATitleWithACommaBeforeAt() {
		Work work = onlyPosition(Line.text("Research Intern, Speech Team at Anderson - Halvorson"));
		assertThat(work.position()).isEqualTo("Research Intern, Speech Team");
		assertThat(work.name()).isEqualTo("Anderson - Halvorson");
	}

	@Test
	void aSentenceWithAYearIsABulletWhereEveryEntryOpensWithItsDates() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("2019-09 to Present"),
				Line.text("Teaching Assistant at University of West Lydaburgh"), Line.text("LING 330 Phonology: marking"),
				Line.text("Received the department teaching assistant award in 2022"), Line.text("2016-05 to 2019-08"),
				Line.text("Tutor at Lydaburgh College")));
		assertThat(work).extracting(Work::name).containsExactly("University of West Lydaburgh", "Lydaburgh College");
	}

	@Test
	void aLongPhraseRightAboveDatesIsTheLastBulletOfTheEntryBefore() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("Herzog, Kemmer and Koss"), Line.text("02/2019 - 05/2021"),
				Line.text("Junior Web Developer"), Line.text("Built marketing pages and landing page experiments in Vue"),
				Line.text("Cut the main bundle size by 40% with code splitting and image optimisation"),
				Line.text("01/2017 - 01/2019"), Line.text("Freelance Web Designer")));
		assertThat(work).hasSize(2);
		assertThat(work.get(0).highlights()).containsExactly("Built marketing pages and landing page experiments in Vue",
				"Cut the main bundle size by 40% with code splitting and image optimisation");
		assertThat(work.get(1).position()).isEqualTo("Freelance Web Designer");
	}

	@Test
	void phrasesAfterTheSummarysSentenceAreItsHighlights() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("Kuhlman, Mills and Hegmann"),
				Line.text("06/2021 - Present"), Line.text("Frontend Developer"),
				Line.text("Builds the booking product for four teams."), Line.text("4,000 weekly users"),
				Line.text("Featured in a web accessibility newsletter")));
		assertThat(work.get(0).summary()).isEqualTo("Builds the booking product for four teams.");
		assertThat(work.get(0).highlights()).containsExactly("4,000 weekly users", "Featured in a web accessibility newsletter");
	}

	@Test
	void aPlainPhraseTwoAboveTheDatesEndsTheEntryThoughBlankLinesPartEveryLine() {
		List<Project> projects = ProjectsSectionParser.parse(List.of(spaced("contrast-check"), spaced("Mar, 2022 - Aug, 2022"),
				spaced("Browser extension that flags low colour contrast."), spaced("Featured in a web accessibility newsletter"),
				spaced("Pantry"), spaced("Nov, 2020 - Present"), spaced("Offline-first recipe app built with Svelte.")));
		assertThat(projects).extracting(Project::name).containsExactly("contrast-check", "Pantry");
	}

	private static Line spaced(String text) {
		return new Line(text, Line.Kind.TEXT, 0, false, List.of(), 0, true);
	}

	private static Line bold(String text) {
		return new Line(text, Line.Kind.TEXT, 0, true, List.of(text), 0, true);
	}

	private static Line item(String text) {
		return new Line(text, Line.Kind.ITEM, 0, false, List.of(), 0, false);
	}

	@Test
	void readsABoldDatesLineAboveItsDegree() {
		Line dates = new Line("10/2008 – 03/2014", Line.Kind.TEXT, 0, true, List.of("10/2008 – 03/2014"), 0, true);
		List<Education> degrees = EducationSectionParser.parse(List.of(dates,
				Line.text("Diplom-Informatiker, Universität Stuttgart"), Line.text("Abschlussnote: 1,7")));
		assertThat(degrees).singleElement().satisfies(degree -> {
			assertThat(degree.institution()).isEqualTo("Universität Stuttgart");
			assertThat(degree.studyType()).isEqualTo("Diplom-Informatiker");
			assertThat(degree.startDate()).isEqualTo("2008-10");
			assertThat(degree.endDate()).isEqualTo("2014-03");
			assertThat(degree.score()).isEqualTo("1,7");
		});
	}

	@Test
	void readsRomanceTitleThatLeadsWithItsHeadWord() {
		Work work = onlyPosition(Line.text("Ingeniera de Datos Senior – BBVA, Madrid"), Line.text("ene. 2020 – actualidad"));
		assertThat(work.name()).isEqualTo("BBVA");
		assertThat(work.position()).isEqualTo("Ingeniera de Datos Senior");
		assertThat(work.startDate()).isEqualTo("2020-01");
	}

	@Test
	void keepsTeamQualifierInTheEmployer() {
		Work work = onlyPosition(Line.text("Google – Platforms Team, Software Engineering Intern, May - Aug 2017"));
		assertThat(work.name()).isEqualTo("Google – Platforms Team");
		assertThat(work.position()).isEqualTo("Software Engineering Intern");
	}

	@Test
	void opensEveryEntryAtItsDatesWhereTheFirstOpensWithThem() {
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("2021-09-01 to Present"),
				Line.text("Manager at Gibson LLC"), Line.text("Leads the platform group."), Line.text("Hired 14 engineers"),
				Line.text("Ran the planning"), Line.text("2018-02-01 to 2021-08-31"), Line.text("Engineer at Bode")));
		assertThat(work).extracting(Work::name).containsExactly("Gibson LLC", "Bode");
		assertThat(work.get(1).startDate()).isEqualTo("2018-02-01");
	}

	@Test
	void takesCertificateDateFromTheColumnBeforeIt() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(Line.text("2016"),
				Line.text("ISTQB Certified Tester Advanced Level – Test Automation Engineer")));
		assertThat(certificates).containsExactly(
				new Certificate("ISTQB Certified Tester Advanced Level – Test Automation Engineer", "2016", null));
	}

	@Test
	void splitsCertificateIssuerAfterTheLastComma() {
		List<Certificate> certificates = CertificatesSectionParser
			.parse(List.of(Line.text("AWS Certified Solutions Architect – Associate, Amazon Web Services, 2022")));
		assertThat(certificates).containsExactly(
				new Certificate("AWS Certified Solutions Architect – Associate", "2022", "Amazon Web Services"));
	}

	private static Work onlyPosition(Line... lines) {
		List<Work> work = WorkSectionParser.parse(List.of(lines));
		assertThat(work).hasSize(1);
		return work.get(0);
	}

	@Test
	void aCardListOfJobsHasItsItemsAsHeadsAndItsNestedItemsAsBullets() {
		Line item = new Line("Senior Engineering Manager, Gibson LLC", Line.Kind.ITEM, 0, false, List.of(), 0, true);
		Line bullet = new Line("Hired 14 engineers and promoted two first-time managers", Line.Kind.ITEM, 0, false,
				List.of(), 0, true);
		Line next = new Line("Engineering Manager, McCullough - Bode", Line.Kind.ITEM, 0, false, List.of(), 0, true);
		List<Work> work = WorkSectionParser.parse(List.of(item, Line.text("Sep, 2021 - Present"), bullet, next,
				Line.text("Feb, 2018 - Aug, 2021"), bullet));
		assertThat(work).extracting(Work::name).containsExactly("Gibson LLC", "McCullough - Bode");
		assertThat(work).extracting(Work::startDate).containsExactly("2021-09", "2018-02");
		assertThat(work.get(0).highlights()).containsExactly(bullet.text());
	}

	@Test
	void aCardListOfDegreesHasItsItemsAsHeads() {
		Line item = new Line("Software Engineering, Bachelor of Engineering, University of Lake Genovevafort",
				Line.Kind.ITEM, 0, false, List.of(), 0, true);
		List<Education> degrees = EducationSectionParser.parse(List.of(item, Line.text("Sep, 2005 - May, 2009")));
		assertThat(degrees).singleElement().satisfies(degree -> {
			assertThat(degree.institution()).isEqualTo("University of Lake Genovevafort");
			assertThat(degree.startDate()).isEqualTo("2005-09");
		});
	}

	@Test
	void bulletsOverTheDatesOfTheNextEntryStayBulletsWhereDatesComeFirst() {
		Line bullet = new Line("Cut median CI time from 38 to 11 minutes", Line.Kind.ITEM, 0, false, List.of(), 0, true);
		List<Work> work = WorkSectionParser.parse(List.of(Line.text("2021 - Present"), Line.text("Manager, Gibson LLC"),
				bullet, Line.text("2018 - 2021"), Line.text("Engineer, Bode")));
		assertThat(work).extracting(Work::name).containsExactly("Gibson LLC", "Bode");
		assertThat(work.get(0).highlights()).containsExactly(bullet.text());
	}
}

package com.candidatesearch.parse.field;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The date grammar: dates as precise as printed, "Present" as an open end. */
class DateRangeTests {

	@Test
	void readsFrenchMonthsCutWithAFullStop() {
		assertThat(DateRange.find("Juin 2017 - Févr. 2021")).extracting(DateRange::start, DateRange::end)
			.containsExactly("2017-06", "2021-02");
		assertThat(DateRange.find("Sept. 2011 - Déc. 2015")).extracting(DateRange::start, DateRange::end)
			.containsExactly("2011-09", "2015-12");
		assertThat(DateRange.find("février 2020")).extracting(DateRange::start).isEqualTo("2020-02");
	}

	@Test
	void readsPresentAsOpenEnd() {
		DateRange range = DateRange.find("Mar. 2025 – Present");
		assertThat(range.start()).isEqualTo("2025-03");
		assertThat(range.end()).isNull();
		assertThat(range.ongoing()).isTrue();
	}

	@Test
	void readsYearsCutAfterAnApostropheQuartersAndArrowsAndTildesBetweenDates() {
		assertThat(DateRange.find("March '19 – June ’21")).extracting(DateRange::start, DateRange::end)
			.containsExactly("2019-03", "2021-06");
		assertThat(DateRange.find("Sep '98 - May '02")).extracting(DateRange::start, DateRange::end)
			.containsExactly("1998-09", "2002-05");
		assertThat(DateRange.find("Q1 2020 – Q3 2021")).extracting(DateRange::start, DateRange::end)
			.containsExactly("2020", "2021");
		assertThat(DateRange.find("2016 → 2019")).extracting(DateRange::start, DateRange::end).containsExactly("2016", "2019");
		assertThat(DateRange.find("2017 ~ 2019")).extracting(DateRange::start, DateRange::end).containsExactly("2017", "2019");
		assertThat(DateRange.find("Tom's 19 cats in May")).isNull();
	}

	@Test
	void readsARangeOfMonthsWithTwoDigitYears() {
		assertThat(DateRange.find("10/18 - 06/19")).extracting(DateRange::start, DateRange::end).containsExactly("2018-10", "2019-06");
		assertThat(DateRange.find("03/21 – Present")).extracting(DateRange::start, DateRange::end, DateRange::ongoing)
			.containsExactly("2021-03", null, true);
		assertThat(DateRange.find("Scored 10/18 on the quiz")).isNull();
	}

	@Test
	void readsTillDateAndContinuingAsOpenEnds() {
		assertThat(DateRange.find("Jan 2019 - Till Date")).extracting(DateRange::start, DateRange::end, DateRange::ongoing)
			.containsExactly("2019-01", null, true);
		assertThat(DateRange.isDateOnly("Jan 2019 – till now")).isTrue();
		assertThat(DateRange.isDateOnly("June 2019 - Continuing")).isTrue();
	}

	@Test
	void readsCurrentAfterYearAsOpenEnd() {
		DateRange range = DateRange.find("2017 - Current");
		assertThat(range.start()).isEqualTo("2017");
		assertThat(range.end()).isNull();
	}

	@Test
	void keepsMonthPrecisionOfSeptAbbreviation() {
		DateRange range = DateRange.find("Sept 2020 - June 2025");
		assertThat(range.start()).isEqualTo("2020-09");
		assertThat(range.end()).isEqualTo("2025-06");
	}

	@Test
	void givesMonthOnlyStartTheYearOfItsEnd() {
		DateRange range = DateRange.find("May - Aug 2017");
		assertThat(range.start()).isEqualTo("2017-05");
		assertThat(range.end()).isEqualTo("2017-08");
	}

	@Test
	void keepsOnlyTheYearOfATermAndTheTermAsPrinted() {
		DateRange range = DateRange.find("Winter 2025");
		assertThat(range.start()).isEqualTo("2025");
		assertThat(range.term()).isEqualTo("Winter 2025");
	}

	@Test
	void readsTwoTermsAsARange() {
		DateRange range = DateRange.find("Winter 2022 & Winter 2023");
		assertThat(range.start()).isEqualTo("2022");
		assertThat(range.end()).isEqualTo("2023");
		assertThat(range.term()).isEqualTo("Winter 2022 & Winter 2023");
	}

	@Test
	void readsGermanMonths() {
		DateRange range = DateRange.find("März 2019 – heute");
		assertThat(range.start()).isEqualTo("2019-03");
		assertThat(range.ongoing()).isTrue();
	}

	@Test
	void seesALineOfDatesAlone() {
		assertThat(DateRange.isDateOnly("June 2019 - Sept 2019")).isTrue();
		assertThat(DateRange.isDateOnly("University of Oregon June 2023")).isFalse();
	}

	@Test
	void ignoresNumbersThatAreNoYears() {
		assertThat(DateRange.find("CS 445/545: Modeling and Simulation")).isNull();
	}

	@Test
	void keepsTheDayOfAFullDate() {
		DateRange range = DateRange.find("2021-03-01 - 2023-12-15");
		assertThat(range.start()).isEqualTo("2021-03-01");
		assertThat(range.end()).isEqualTo("2023-12-15");
	}

	@Test
	void readsAnIsoYearAndMonthAsAMonthNotAShortRange() {
		DateRange range = DateRange.find("2005-09 — Present");
		assertThat(range.start()).isEqualTo("2005-09");
		assertThat(range.ongoing()).isTrue();
		assertThat(DateRange.find("2015-17").end()).isEqualTo("2017");
	}

	@Test
	void readsIndonesianAndDutchMonths() {
		DateRange range = DateRange.find("Jul 2021 – Des 2021");
		assertThat(range.end()).isEqualTo("2021-12");
		assertThat(DateRange.find("Mei 2019 – Agustus 2020").start()).isEqualTo("2019-05");
		assertThat(DateRange.find("maart 2018").start()).isEqualTo("2018-03");
	}

	@Test
	void aLengthOfTimeAfterARangeIsPartOfIt() {
		assertThat(DateRange.isDateOnly("Feb 2018 - Aug 2021 · 3 yrs 7 mos")).isTrue();
		assertThat(DateRange.isDateOnly("2019 – 2021 (2 years)")).isTrue();
		DateRange glued = DateRange.find("Feb, 2018 - Aug, 20213 years 7 months");
		assertThat(glued.start()).isEqualTo("2018-02");
		assertThat(glued.end()).isEqualTo("2021-08");
		assertThat(glued.removeFrom("Feb, 2018 - Aug, 20213 years 7 months")).isEmpty();
		assertThat(DateRange.isDateOnly("2019 – 2021, 3 teams of engineers")).isFalse();
		assertThat(DateRange.find("20213 apples")).as("five digits are no year").isNull();
	}

	@Test
	void aDashClosingTheLineLeavesTheRangeOpen() {
		DateRange open = DateRange.find("University of West Lydaburgh 2021-09 —");
		assertThat(open.start()).isEqualTo("2021-09");
		assertThat(open.ongoing()).isTrue();
		assertThat(DateRange.find("2021-09 — PhD").ongoing()).isFalse();
	}

	@Test
	void aDayBetweenMonthAndYearKeepsTheMonth() {
		assertThat(DateRange.find("Issued on: Dec 01, 2022").start()).isEqualTo("2022-12");
		assertThat(DateRange.find("March 3rd 2021 - May 2022").start()).isEqualTo("2021-03");
		assertThat(DateRange.find("Mar 2016").start()).isEqualTo("2016-03");
	}

	@Test
	void aDateAfterAShortLabelIsADateAlone() {
		assertThat(DateRange.isDateOnly("Issued on: Mar 01, 2016")).isTrue();
		assertThat(DateRange.isDateOnly("Awarded: 2019")).isTrue();
		assertThat(DateRange.isDateOnly("Best Paper at the Annual Systems Conference: 2019")).isFalse();
		assertThat(DateRange.isDateOnly("Issued on: Mar 01, 2016 by Scrum Alliance")).isFalse();
	}
	@Test
	void aTemplatesStandInDatesMarkWhereTheDatesStandWithoutAnyDate() {
		DateRange range = DateRange.find("Job Title 1 Month YYYY — Present");
		assertThat(range).isNotNull();
		assertThat(range.start()).isNull();
		assertThat(range.ongoing()).isTrue();
		assertThat(range.removeFrom("Job Title 1 Month YYYY — Present")).isEqualTo("Job Title 1");
		assertThat(DateRange.isDateOnly("year–year")).isTrue();
		assertThat(DateRange.isDateOnly("Month 20xx")).isTrue();
		// a lone "year" is a word, and a real date wins over a stand-in
		assertThat(DateRange.find("Employee of the Year")).isNull();
		assertThat(DateRange.find("YYYY then 2021").start()).isEqualTo("2021");
	}

	@Test
	void readsChineseAndJapaneseYearsMonthsAndUntilNow() {
		assertThat(DateRange.find("2010年至2012年")).extracting(DateRange::start, DateRange::end).containsExactly("2010", "2012");
		assertThat(DateRange.find("2006年3月至2010年7月")).extracting(DateRange::start, DateRange::end)
			.containsExactly("2006-03", "2010-07");
		DateRange now = DateRange.find("2012年至今");
		assertThat(now.start()).isEqualTo("2012");
		assertThat(now.ongoing()).isTrue();
		assertThat(DateRange.isDateOnly("2012年至今")).isTrue();
		assertThat(DateRange.isDateOnly("2010年")).isTrue();
		assertThat(DateRange.find("今天很好")).isNull();
	}

}

package com.candidatesearch.parse.field;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Date forms resumes print beyond the English month names: numeric, short and localised. */
class DateFormsTests {

	@Test
	void completesTwoDigitEndYearFromItsStart() {
		DateRange range = DateRange.find("2015–17");
		assertThat(range.start()).isEqualTo("2015");
		assertThat(range.end()).isEqualTo("2017");
	}

	@Test
	void readsMonthSlashYearRange() {
		DateRange range = DateRange.find("03/2019 – 08/2021");
		assertThat(range.start()).isEqualTo("2019-03");
		assertThat(range.end()).isEqualTo("2021-08");
	}

	@Test
	void readsIsoMonthsWithOpenEnd() {
		DateRange range = DateRange.find("2019-03 – present");
		assertThat(range.start()).isEqualTo("2019-03");
		assertThat(range.end()).isNull();
		assertThat(range.ongoing()).isTrue();
	}

	@Test
	void readsYearDotMonth() {
		DateRange range = DateRange.find("2017.01 – 2020.02");
		assertThat(range.start()).isEqualTo("2017-01");
		assertThat(range.end()).isEqualTo("2020-02");
	}

	@Test
	void readsGermanHeuteAsOpenEnd() {
		DateRange range = DateRange.find("10/2018 – heute");
		assertThat(range.start()).isEqualTo("2018-10");
		assertThat(range.ongoing()).isTrue();
	}

	@Test
	void readsFrenchAbbreviatedMonths() {
		DateRange range = DateRange.find("janv. 2021 – aujourd'hui");
		assertThat(range.start()).isEqualTo("2021-01");
		assertThat(range.ongoing()).isTrue();
		assertThat(DateRange.find("sept. 2017 – déc. 2020").end()).isEqualTo("2020-12");
	}

	@Test
	void readsSpanishAbbreviatedMonths() {
		DateRange range = DateRange.find("ene. 2020 – actualidad");
		assertThat(range.start()).isEqualTo("2020-01");
		assertThat(range.ongoing()).isTrue();
	}

	@Test
	void keepsTheYearsOfTwoTermsJoinedByAnd() {
		DateRange range = DateRange.find("Fall 2022 and Fall 2023");
		assertThat(range.start()).isEqualTo("2022");
		assertThat(range.end()).isEqualTo("2023");
		assertThat(range.term()).isEqualTo("Fall 2022 and Fall 2023");
	}

	@Test
	void doesNotReadAVersionNumberAsAShortRange() {
		assertThat(DateRange.find("Java 2015-17.3")).extracting(DateRange::end).isNull();
	}

}

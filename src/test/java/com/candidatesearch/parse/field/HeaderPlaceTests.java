package com.candidatesearch.parse.field;

import com.candidatesearch.parse.ParsedResume.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a header stretch is read as the candidate's place. */
class HeaderPlaceTests {

	@Test
	void readsTownRegionAndCountryCode() {
		assertThat(HeaderPlace.read("Springfield, Oregon, US", null))
			.isEqualTo(new Location("Springfield", "Oregon", "US", null, null));
	}

	@Test
	void knowsACountryByItsEnglishName() {
		assertThat(HeaderPlace.read("Graz, Styria, Austria", null))
			.isEqualTo(new Location("Graz", "Styria", "AT", null, null));
		assertThat(HeaderPlace.read("Graz, Styria, Nowhereland", null)).isNull();
	}

	@Test
	void readsAPostalCodeOpeningTheLineUnderTheStreet() {
		assertThat(HeaderPlace.read("65757 Hieblburg Bayern DE", "Alfred-Delp-Str. 113"))
			.isEqualTo(new Location("Hieblburg", "Bayern", "DE", "Alfred-Delp-Str. 113", "65757"));
		assertThat(HeaderPlace.read("CA 94115 San Francisco California US", "2712 Broadway St"))
			.isEqualTo(new Location("San Francisco", "California", "US", "2712 Broadway St", "CA 94115"));
	}

	@Test
	void readsTheStatePostalCodeAndStreetBefore() {
		assertThat(HeaderPlace.read("Falls Church, VA 22046", "17 Elm Road"))
			.isEqualTo(new Location("Falls Church", "VA", null, "17 Elm Road", "22046"));
	}

	@Test
	void takesNoJobTitleForAPlace() {
		assertThat(HeaderPlace.read("Staff Engineer, Data Platform", null)).isNull();
		assertThat(HeaderPlace.read("Head of Research, Robotics", null)).isNull();
	}

	@Test
	void readsAWholeAddressOnOneLine() {
		assertThat(HeaderPlace.read("Alfred-Delp-Str. 113, Hieblburg, Bayern, DE, 65757", null))
			.isEqualTo(new Location("Hieblburg", "Bayern", "DE", "Alfred-Delp-Str. 113", "65757"));
		assertThat(HeaderPlace.read("61 Beier Hill, Schamberger Place, Worcestershire, GB, XS00 0GK", null))
			.isEqualTo(new Location("Schamberger Place", "Worcestershire", "GB", "61 Beier Hill", "XS00 0GK"));
	}

	@Test
	void readsTownRegionAndCountryPartedBySpacesAlone() {
		assertThat(HeaderPlace.read("South Everette Kentucky US", null))
			.isEqualTo(new Location("South Everette", "Kentucky", "US", null, null));
		assertThat(HeaderPlace.read("Fluent German US", null)).as("a language is no region").isNull();
		assertThat(HeaderPlace.read("Senior Engineer Remote", null)).isNull();
	}

	@Test
	void takesNoDegreeForATown() {
		assertThat(HeaderPlace.read("PhD Candidate, Computational Linguistics", null)).isNull();
	}

	@Test
	void takesNoLanguagesForAPlace() {
		assertThat(HeaderPlace.read("German, English", null)).isNull();
	}

	@Test
	void takesNoDepartmentForATown() {
		assertThat(HeaderPlace.read("School of Music, Northern College", null)).isNull();
	}

}

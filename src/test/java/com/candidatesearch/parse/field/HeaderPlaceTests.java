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
	void takesNoDepartmentForATown() {
		assertThat(HeaderPlace.read("School of Music, Northern College", null)).isNull();
	}

}

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the head lines of a job entry are read as organisation, title and place, in the shapes resumes print them. */
class PositionHeadTests {

	@Test
	void keepsAHyphenInsideAnOrganisationWithoutATitle() {
		assertThat(read("Senior Backend Engineer", "Ankunding - Bartell · East Vena, RI"))
			.isEqualTo(new PositionHead("Ankunding - Bartell", "Senior Backend Engineer", "East Vena, RI"));
	}

	@Test
	void partsTheTownFromAnOrganisationAConverterRanItInto() {
		assertThat(read("Senior Backend Engineer", "Ankunding - Bartell East Vena, RI"))
			.isEqualTo(new PositionHead("Ankunding - Bartell", "Senior Backend Engineer", "East Vena, RI"));
		assertThat(read("Software Engineer", "Parker, Von and Keebler Boehmworth, ND"))
			.isEqualTo(new PositionHead("Parker, Von and Keebler", "Software Engineer", "Boehmworth, ND"));
		assertThat(read("Junior Developer", "Green - McGlynn Brooklyn Park, CA"))
			.isEqualTo(new PositionHead("Green - McGlynn", "Junior Developer", "Brooklyn Park, CA"));
		assertThat(Towns.atEnd("Microsoft Redmond")).isEqualTo("Redmond");
		assertThat(Towns.atEnd("Acme Labs")).as("a unit").isNull();
		assertThat(Towns.atEnd("Acme Inc")).as("a legal form").isNull();
		assertThat(Towns.atEnd("Stripe")).as("the whole name").isNull();
	}

	@Test
	void partsATitleAndTeamAConverterRanIntoTheOrganisation() {
		assertThat(read("Research Intern, Speech TeamAnderson - Halvorson · Jacobitown, NU"))
			.isEqualTo(new PositionHead("Anderson - Halvorson", "Research Intern, Speech Team", "Jacobitown, NU"));
	}

	@Test
	void keepsATeamAfterTheTitlesCommaInTheTitleWhenTheOrganisationIsNamedBelow() {
		assertThat(read("Research Intern, Speech Team", "Anderson - Halvorson · Jacobitown, NU"))
			.isEqualTo(new PositionHead("Anderson - Halvorson", "Research Intern, Speech Team", "Jacobitown, NU"));
		assertThat(read("Research Intern, Speech Team", "Jacobitown, NU"))
			.isEqualTo(new PositionHead("Speech Team", "Research Intern", "Jacobitown, NU"));
	}

	@Test
	void keepsACommaInsideAnOrganisationWhoseRestIsNoPlace() {
		assertThat(read("Software Engineer", "Parker, Von and Keebler · Boehmworth, ND"))
			.isEqualTo(new PositionHead("Parker, Von and Keebler", "Software Engineer", "Boehmworth, ND"));
		assertThat(read("Egg Inspector", "Eggs and Ham, Co.")).isEqualTo(new PositionHead("Eggs and Ham, Co.", "Egg Inspector", null));
	}

	@Test
	void partsATitleRunIntoTheEmployerAfterIt() {
		assertThat(read("Data AnalystBrightwater Logistics · Leeds, UK"))
			.isEqualTo(new PositionHead("Brightwater Logistics", "Data Analyst", "Leeds, UK"));
		assertThat(HeadParts.unglue("JavaScript Developer, DevOps Ltd")).isEqualTo("JavaScript Developer, DevOps Ltd");
	}

	@Test
	void keepsAnAndInsideTheEmployerBeforeTheTitle() {
		assertThat(read("Hart, Lowe and Dunmore Software Engineering Intern"))
			.isEqualTo(new PositionHead("Hart, Lowe and Dunmore", "Software Engineering Intern", null));
		assertThat(read("Hart, Lowe and Dunmore Firmware Intern"))
			.isEqualTo(new PositionHead("Hart, Lowe and Dunmore", "Firmware Intern", null));
	}

	@Test
	void readsTitleAtOrganisation() {
		assertThat(read("Senior Software Engineer @ Acme Inc.")).isEqualTo(new PositionHead("Acme Inc.", "Senior Software Engineer", null));
		assertThat(read("Shi Labs @ GaTech Researcher")).isEqualTo(new PositionHead("Shi Labs @ GaTech", "Researcher", null));
	}

	@Test
	void readsTitlePlaceAndOrganisationOnThreeLines() {
		assertThat(read("Co-Founder & CTO", "San Francisco, CA", "Nexus AI"))
			.isEqualTo(new PositionHead("Nexus AI", "Co-Founder & CTO", "San Francisco, CA"));
	}

	@Test
	void readsOrganisationHeadingOverItsTitle() {
		assertThat(read("Franey - Mohr Research Lab", "Research Scientist"))
			.isEqualTo(new PositionHead("Franey - Mohr Research Lab", "Research Scientist", null));
	}

	@Test
	void takesALineCutIntoOrganisationAndTitleAsTheTitleWhenTheNextNamesTheOrganisation() {
		assertThat(read("Independent consultant", "National Youth Council of Ireland"))
			.isEqualTo(new PositionHead("National Youth Council of Ireland", "Independent consultant", null));
	}

	@Test
	void keepsWordsQualifyingATitleWithIt() {
		assertThat(read("Research Scientist, Machine Learning", "Acme"))
			.isEqualTo(new PositionHead("Acme", "Research Scientist, Machine Learning", null));
	}

	@Test
	void readsTitlesByTheirHeadWordAndTheirField() {
		assertThat(read("Head Code Ninja, Area 52")).isEqualTo(new PositionHead("Area 52", "Head Code Ninja", null));
		assertThat(read("Adjunct Associate for Made-Up Titles, Acme Corp."))
			.isEqualTo(new PositionHead("Acme Corp.", "Adjunct Associate for Made-Up Titles", null));
	}

	@Test
	void givesTheWordsBeforeATitlesOwnWordsToTheOrganisationTheHyphenIsInsideOf() {
		assertThat(read("Ankunding - Bartell Senior Backend Engineer"))
			.isEqualTo(new PositionHead("Ankunding - Bartell", "Senior Backend Engineer", null));
	}

	@Test
	void readsANameUnderATitleAsTheOrganisationWhenTheTitleWasOnlyGuessed() {
		assertThat(read("Senior Full Stack Developer", "Pied Piper"))
			.isEqualTo(new PositionHead("Pied Piper", "Senior Full Stack Developer", null));
	}

	@Test
	void keepsAWholeTitleLineUnderTheEmployer() {
		assertThat(read("Veum, Wolf and Waters", "Firmware Intern"))
			.isEqualTo(new PositionHead("Veum, Wolf and Waters", "Firmware Intern", null));
		assertThat(read("University of West Lydaburgh", "Sessional Instructor"))
			.isEqualTo(new PositionHead("University of West Lydaburgh", "Sessional Instructor", null));
	}

	@Test
	void findsTheTownAtTheEndOfANameRunIntoIt() {
		assertThat(read("Other Corp Seattle, WA", "Software Engineer"))
			.isEqualTo(new PositionHead("Other Corp", "Software Engineer", "Seattle, WA"));
	}

	private static PositionHead read(String... lines) {
		return PositionHead.read(List.of(lines), new ArrayList<>());
	}

}

package com.candidatesearch.parse.section;

import java.util.List;

import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.read.DocumentReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a resume's lines are split into typed sections, by the headings' words, looks and contents. */
class SectionSplitterTests {

	@Test
	void interestsInFrenchGermanAndSpanishAreNoSkills() {
		for (String heading : List.of("INTERETS", "Centres d'intérêts", "Loisirs", "Interessen", "Aficiones")) {
			List<Section> sections = SectionSplitter.split(List.of(heading(2, "Skills"), text("Python, SQL"), heading(2, heading),
					text("Cycling"), text("Bike repair"))).sections();
			assertThat(sections).as(heading).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.OTHER);
		}
	}

	@Test
	void writingIsASectionOfPublicationsButAColumnOfTheLanguageGrid() {
		// headings set in capitals only, as the grid's column heads are
		List<Section> sections = SectionSplitter.split(List.of(text("LANGUAGES"), text("French"), text("UNDERSTANDING"),
				text("SPEAKING"), text("WRITING"), text("Listening"), text("Reading"), text("C1 C2 B2"), text("WRITING"),
				text("Building User Interfaces with Electron and Atom, Code Project"), text("2011"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.LANGUAGES, SectionKind.PUBLICATIONS);
	}

	@Test
	void aHeadingOfTheSameKindSetOtherwiseThanTheHeadingsIsAGroupOfTheSection() {
		List<Section> sections = SectionSplitter.split(List.of(text("TECHNICAL SKILLS"), text("Modelling"), text("Expert"),
				text("Forecasting, Causal inference"), text("Tools"), text("Python, R, SQL"), text("EDUCATION"),
				text("MSc in Statistics"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.EDUCATION);
	}

	@Test
	void theNameCardAfterASidebarOpensTheHeaderNotTheListItemAboveIt() {
		SectionSplitter.Split split = SectionSplitter.split(List.of(heading(2, "Skills"), item("React"), item("Go"),
				heading(2, "Interests"), text("Rock Climbing"), item("Bouldering"), item("Lead Climbing"),
				text("Richard HENDRIKS"), text("San Francisco,"), text("(US)"), text("(912) 555-4321"),
				heading(2, "Experience"), text("Pied Piper, CEO 2013 – 2014")));
		assertThat(split.header()).extracting(Line::text).first().isEqualTo("Richard HENDRIKS");
	}

	@Test
	void volunteeringInFrenchGermanAndSpanishIsNoWorkExperience() {
		for (String heading : List.of("EXPERIENCES ASSOCIATIVES", "Bénévolat", "Ehrenamtliches Engagement", "Voluntariado")) {
			List<Section> sections = SectionSplitter.split(List.of(heading(2, "Experience"), text("Acme, Engineer 2020 – 2022"),
					heading(2, heading), text("Code for Binsboro, Volunteer Developer 2020 – 2021"))).sections();
			assertThat(sections).as(heading).extracting(Section::kind).containsExactly(SectionKind.WORK, SectionKind.OTHER);
		}
	}

	@Test
	void anAcronymInCapitalsAmongSkillsOneALineOpensNoSection() throws Exception {
		// a sidebar's text: gaps between a group's name, its level and its skills
		String text = String.join("\n", "Richard Hendriks", "richard@example.com", "COMPETENCES", "Web Development", "",
				"Master", "", "HTML", "CSS", "Javascript", "Compression", "", "Master", "", "Mpeg", "GIF", "LANGUES",
				"English : Native speaker", "");
		byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		DocumentReader reader = new DocumentReader(null);
		List<Section> sections = SectionSplitter.split(reader.read("cv.txt", bytes, reader.detect("cv.txt", bytes)).lines())
			.sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.LANGUAGES);
	}

	@Test
	void aThesisSectionOfLabelledLinesIsNoSkills() {
		for (String heading : List.of("Master thesis", "Dissertation", "Diplomarbeit", "PhD Thesis")) {
			List<Section> sections = SectionSplitter.split(List.of(heading(2, "Skills"), text("Python, SQL"), heading(2, heading),
					label("title"), text("Sparse coding of sounds"), label("supervisors"), text("A. Person, B. Person")))
				.sections();
			assertThat(sections).as(heading).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.OTHER);
		}
	}

	@Test
	void typesHeadingsInTheAuthorsOwnWordsByTheirKeyWords() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Where I've worked"), text("Acme, Engineer 2020 – 2022"),
				heading(2, "Honors & Awards"), text("Best Paper 2021"), heading(2, "$ cat education.txt"),
				text("B.S., State University"))).sections();
		assertThat(sections).extracting(Section::kind)
			.containsExactly(SectionKind.WORK, SectionKind.AWARDS, SectionKind.EDUCATION);
	}

	@Test
	void keepsEntriesSetAsTheSectionHeadingsInsideTheirSection() {
		List<Section> sections = SectionSplitter.split(List.of(heading(3, "Experience"), heading(3, "Pied Piper"),
				text("CEO"), heading(3, "Hooli"), text("Engineer"), heading(3, "Education"), heading(3, "Stanford University")))
			.sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.WORK, SectionKind.EDUCATION);
		assertThat(sections.get(0).lines()).extracting(Line::text).containsExactly("Pied Piper", "CEO", "Hooli", "Engineer");
	}

	@Test
	void aVolunteerSectionAfterTheDegreesHoldsNoDegrees() {
		List<Section> sections = SectionSplitter.split(List.of(heading(3, "Education"), heading(3, "Lund University"),
				text("MSc Physics"), heading(3, "Volunteer"), heading(3, "Red Cross"), text("First aid instructor")))
			.sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.EDUCATION, SectionKind.OTHER);
	}

	@Test
	void typesLanguagesNamedWithToolsAsSkills() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Languages & Frameworks"),
				text("Proficient: Rust, Kotlin, Django"), heading(2, "Languages"), text("Welsh (native)"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.LANGUAGES);
	}

	@Test
	void opensASectionForAnUnknownHeadingSetAsTheKnownOnes() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Experience"), text("Acme, Engineer 2020"),
				heading(2, "Volunteering"), text("Food bank"), heading(2, "Philosophy"), text("Ship early and often."))).sections();
		assertThat(sections).extracting(Section::heading).containsExactly("Experience", "Volunteering", "Philosophy");
	}

	@Test
	void keepsAHeadingSetAsLessThanTheSectionHeadingsInsideItsSection() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Skills"), heading(4, "Languages"),
				item("Go"), item("Java"), heading(2, "Education"), text("B.S., State University"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.EDUCATION);
	}

	@Test
	void foldsAGroupOfProgrammingLanguagesIntoTheSkillsBeforeIt() {
		List<Section> sections = SectionSplitter.split(List.of(text("Skills"), text("Languages"), text("Go"),
				text("Java"), text("Languages"), text("English"), text("German"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.LANGUAGES);
		assertThat(sections.get(0).lines()).extracting(Line::text).containsExactly("Languages", "Go", "Java");
	}

	@Test
	void typesASectionUnderAnUnknownHeadingByWhatItHolds() {
		List<Section> sections = SectionSplitter.split(List.of(heading(3, "Summary"), text("Researcher."),
				heading(3, "Machine Learning"), heading(6, "PyTorch"), heading(6, "JAX"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SUMMARY, SectionKind.SKILLS);
		assertThat(sections.get(1).lines().get(0).text()).isEqualTo("Machine Learning");
	}

	@Test
	void readsNumberedReferencesAsPublications() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Education"), text("B.S., State University"),
				heading(2, "References"), text("[1] John Doe. A title of a paper. Publisher, 2019."),
				text("[2] John Doe and Jane Roe. Another title. Venue, 2020."))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.EDUCATION, SectionKind.PUBLICATIONS);
	}

	@Test
	void leavesAJobTitleWithASectionsWordInItsSection() {
		List<Section> sections = SectionSplitter.split(List.of(text("EXPERIENCE"), text("Acme 2020 – 2022"),
				new Line("Project Manager", Line.Kind.TEXT, 0, true, List.of(), 0, true), text("Led things."))).sections();
		assertThat(sections).hasSize(1);
	}

	@Test
	void typesAPlainLineOnlyByAWordThatNamesASectionWhateverItsLook() {
		List<Section> sections = SectionSplitter.split(List.of(text("Work Experience"), text("Acme, Engineer 2020 – 2022"),
				text("Interests"), text("Power Tools"), text("Rock Climbing"), text("Professional Skills Summary"),
				text("Go, Java"))).sections();
		assertThat(sections).extracting(Section::kind)
			.containsExactly(SectionKind.WORK, SectionKind.OTHER, SectionKind.SKILLS);
	}

	@Test
	void keepsAnEntryWhoseWordsSoundLikeAHeadingInsideItsSection() {
		List<Section> sections = SectionSplitter.split(List.of(heading(3, "Awards"), heading(3, "Digital Pioneer Award"),
				text("Techcrunch"), heading(3, "Best Paper Award"), text("MIDL"), heading(3, "Education"), text("B.S., State University")))
			.sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.AWARDS, SectionKind.EDUCATION);
		assertThat(sections.get(0).lines()).hasSize(4);
	}

	@Test
	void keepsAKeyWordedLineRightAboveAKnownHeadingInTheSectionAbove() {
		List<Section> sections = SectionSplitter.split(List.of(text("Education"), text("Northgate University"),
				text("BSc Geology"), text("First Class Honours"), text("Awards"), text("Gold Medal, Rowing 2019"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.EDUCATION, SectionKind.AWARDS);
		assertThat(sections.get(0).lines()).extracting(Line::text).contains("First Class Honours");
	}

	@Test
	void aHeadingWordSetTightUnderTheSkillsHeadingNamesItsFirstGroup() {
		// plain text: blank lines around every line but between "Skills" and its first group's name
		List<Section> sections = SectionSplitter.split(List.of(gap("Skills"), text("Leadership"), gap("Hiring"),
				gap("Coaching"), gap("Education"), gap("B.S., State University"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.EDUCATION);
		assertThat(sections.get(0).lines()).extracting(Line::text).containsExactly("Leadership", "Hiring", "Coaching");
	}

	@Test
	void anOccupationHeadingOpensTheJobs() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Occupation"), text("1600"),
				text("Royal Mint, London"), item("Warden"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.WORK);
	}

	@Test
	void shortNamesAfterTheContactDetailsAreTheSidebarsSkills() {
		List<Section> sections = SectionSplitter.split(List.of(text("ABOUT"), text("yasmin.dooley@example.com"),
				text("ydooley.design"), text("React"), text("Node.js"), text("Design systems"), text("Playwright"),
				text("LANGUAGES"), text("English"))).sections();
		assertThat(sections).extracting(Section::kind)
			.containsExactly(SectionKind.OTHER, SectionKind.SKILLS, SectionKind.LANGUAGES);
		assertThat(sections.get(1).lines()).extracting(Line::text)
			.containsExactly("React", "Node.js", "Design systems", "Playwright");
	}

	@Test
	void aSidebarsSkillsMayEndInAFigureButAnIdsFiguresStayWithTheContacts() {
		List<Section> sections = SectionSplitter.split(List.of(text("ABOUT"), text("jon@example.com"),
				text("(264) 255-9841"), text("Xq3pLmAAAAAJ"), text("Compression"), text("Mpeg"), text("MP4"),
				text("HTML5"), text("LANGUAGES"), text("English"))).sections();
		assertThat(sections).extracting(Section::kind)
			.containsExactly(SectionKind.OTHER, SectionKind.SKILLS, SectionKind.LANGUAGES);
		assertThat(sections.get(1).lines()).extracting(Line::text).containsExactly("Compression", "Mpeg", "MP4", "HTML5");
	}

	@Test
	void itemsUnderAwardsAndCertificationsGoWhereTheirWordsSay() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Experience"), heading(3, "Acme 2020 – 2022"),
				heading(2, "Awards & Certifications"), item("Google Analytics Certified Developer"),
				item("1st Place - Emerging Tech Competition 2009"), item("Mobile Web Specialist - Google Certification")))
			.sections();
		assertThat(sections).extracting(Section::kind)
			.containsExactly(SectionKind.WORK, SectionKind.AWARDS, SectionKind.CERTIFICATES);
		assertThat(sections.get(1).lines()).extracting(Line::text).containsExactly("1st Place - Emerging Tech Competition 2009");
		assertThat(sections.get(2).lines()).extracting(Line::text)
			.containsExactly("Google Analytics Certified Developer", "Mobile Web Specialist - Google Certification");
	}

	@Test
	void volunteerWorkIsNoCertificate() {
		List<Section> sections = SectionSplitter.split(List.of(text("Certificates"), text("AWS Solutions Architect, Amazon"),
				text("Volunteer Work"), text("Web Volunteer, Buena Park Animal Rescue"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.CERTIFICATES, SectionKind.OTHER);
	}

	private static Line gap(String text) {
		return new Line(text, Line.Kind.TEXT, 0, false, List.of(), 0, true);
	}

	private static Line heading(int level, String text) {
		return new Line(text, Line.Kind.HEADING, level, false, List.of(), 0, true);
	}

	private static Line label(String text) {
		return new Line(text, Line.Kind.LABEL, 0, false, List.of(), 0, true);
	}

	private static Line text(String text) {
		return Line.text(text);
	}

	private static Line item(String text) {
		return Line.text(text).withKind(Line.Kind.ITEM);
	}

	@Test
	void proseUnderTheFirstHeadingIsTheSummaryWhereItsWordsSayNoMore() {
		List<Section> sections = SectionSplitter.split(List.of(heading(1, "Mara Okonkwo"), heading(2, "Information"),
				text("Data engineer with ten years of building pipelines for retail and logistics firms."),
				heading(2, "Experience"), text("Acme, Engineer 2020 – 2022"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SUMMARY, SectionKind.WORK);
	}

	@Test
	void aSummaryHeadingOverContactDetailsAloneIsNoSummary() {
		List<Section> sections = SectionSplitter.split(List.of(heading(1, "Mara Okonkwo"), heading(2, "About"),
				text("Leeds UK"), text("mara@example.org"), heading(2, "Experience"), text("Acme, Engineer 2020 – 2022")))
			.sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.OTHER, SectionKind.WORK);
	}

	@Test
	void aProfilesHeadingOverNetworksAndHandlesIsNoSkillsSection() {
		List<Section> sections = SectionSplitter.split(List.of(heading(1, "Mara Okonkwo"), heading(2, "Profiles"),
				text("Twitter"), text("maraok"), text("SoundCloud"), text("maramusic"), heading(2, "Experience"),
				text("Acme, Engineer 2020 – 2022"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.OTHER, SectionKind.WORK);
	}

	@Test
	void aHeadingOverTheBulletsOfADatedEntryIsNeitherSectionNorEntry() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Volunteering"),
				heading(3, "Food Bank 2019 – 2021"), text("Driver"), heading(3, "Highlights"), item("Delivered parcels"),
				heading(3, "Night Shelter 2021 – 2022"), text("Cook"), heading(3, "Notes"), item("Fed forty guests"),
				heading(2, "Experience"), heading(3, "Acme 2020 – 2022"))).sections();
		assertThat(sections).extracting(Section::heading).containsExactly("Volunteering", "Experience");
		assertThat(sections.get(0).lines()).extracting(Line::text)
			.containsExactly("Food Bank 2019 – 2021", "Driver", "Delivered parcels", "Night Shelter 2021 – 2022", "Cook",
					"Fed forty guests");
	}

	@Test
	void aBoldCaptionOverTheBulletsOfABoldDatedEntryIsNeitherSectionNorEntry() {
		// an RTF file has no heading levels: its headings, entry heads and captions are all bold lines
		List<Section> sections = SectionSplitter.split(List.of(bold("Work"), bold("Pied Piper 2013 – 2014"), text("CEO"),
				bold("Highlights"), item("Won Disrupt"), item("Set a record"), bold("Education"),
				bold("University of Oklahoma 2011 – 2014"))).sections();
		assertThat(sections).extracting(Section::heading).containsExactly("Work", "Education");
		assertThat(sections.get(0).lines()).extracting(Line::text)
			.containsExactly("Pied Piper 2013 – 2014", "CEO", "Won Disrupt", "Set a record");
	}

	@Test
	void aPlainCaptionAndAJobTitleWithASectionsWordsStayInsideTheirJobs() {
		List<Section> sections = SectionSplitter.split(List.of(text("Work"), text("Anderson - Halvorson"),
				text("2023-05 — 2023-08"), text("Research Intern"), text("Highlights"),
				text("Added a pronunciation lexicon learner to the toolkit"), text("University of West Lydaburgh"),
				text("2019-09 —"), text("Teaching Assistant"), text("Marked the weekly problem sets"), text("Education"),
				text("Trenton University"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.WORK, SectionKind.EDUCATION);
		assertThat(sections.get(0).lines()).extracting(Line::text)
			.containsExactly("Anderson - Halvorson", "2023-05 — 2023-08", "Research Intern",
					"Added a pronunciation lexicon learner to the toolkit", "University of West Lydaburgh", "2019-09 —",
					"Teaching Assistant", "Marked the weekly problem sets");
		assertThat(sections.get(0).lines()).filteredOn(Line::isItem).extracting(Line::text)
			.containsExactly("Added a pronunciation lexicon learner to the toolkit");
	}

	@Test
	void aJobTitleWithASectionsWordsOverItsDatesHeadsTheNextJob() {
		List<Section> sections = SectionSplitter.split(List.of(text("Experience"), text("Research Intern"),
				text("Anderson - Halvorson"), text("May 2023 - Aug 2023"), text("Added a lexicon learner to the toolkit"),
				text("Teaching Assistant"), text("University of West Lydaburgh"), text("Sep 2019 - Present"),
				text("Volunteer"), text("Girls Who Code"), text("2021-09 — 2023-05"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.WORK, SectionKind.OTHER);
		assertThat(sections.get(0).lines()).extracting(Line::text).contains("Teaching Assistant");
	}

	@Test
	void anAwardNamedWithASectionsWordIsAnAwardOfTheSection() {
		List<Section> sections = SectionSplitter.split(List.of(text("Awards"), text("Doctoral Fellowship"),
				text("Research Council"), text("Graduate Teaching Assistant Award"), text("Department of Linguistics"),
				text("Languages"), text("English"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.AWARDS, SectionKind.LANGUAGES);
		assertThat(sections.get(0).lines()).extracting(Line::text).contains("Graduate Teaching Assistant Award");
	}

	@Test
	void aLesserHeadingRightUnderAnInterestsHeadingIsAnInterestNotASection() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Experience"), heading(3, "Acme 2020 – 2022"),
				heading(2, "Interests"), heading(3, "Open Source"), item("Linux"), item("Rust"), heading(2, "References"),
				text("Available on request"))).sections();
		assertThat(sections).extracting(Section::heading).containsExactly("Experience", "Interests", "References");
		assertThat(sections.get(1).lines()).extracting(Line::text).containsExactly("Open Source", "Linux", "Rust");
	}

	@Test
	void aHeadingWordOverAListOfNamesRightUnderSkillsNamesItsFirstGroup() {
		// every line set apart from the next, as a page with no styles left prints them
		List<Section> sections = SectionSplitter.split(List.of(gap("Technical Skills"), gap("Leadership"),
				gap("Hiring, Coaching, Roadmapping, OKRs"), gap("Technical"), gap("Java, Kotlin, Distributed systems"),
				gap("Education"), gap("University of Lake Genovevafort"))).sections();
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.SKILLS, SectionKind.EDUCATION);
		assertThat(sections.get(0).lines()).first().satisfies(line -> {
			assertThat(line.text()).isEqualTo("Leadership");
			assertThat(line.kind()).isEqualTo(Line.Kind.LABEL);
		});
	}

	private static Line bold(String text) {
		return new Line(text, Line.Kind.TEXT, 0, true, List.of(), 0, false);
	}

	@Test
	void anUndatedHeadingOverBulletsRightUnderAnEntrysHeadIsItsOwnEntry() {
		List<Section> sections = SectionSplitter.split(List.of(heading(2, "Projects"), heading(3, "Parser 2021"),
				item("Wrote it"), heading(3, "Crawler"), item("Ran it"))).sections();
		assertThat(sections.get(0).lines()).extracting(Line::text)
			.containsExactly("Parser 2021", "Wrote it", "Crawler", "Ran it");
	}
}

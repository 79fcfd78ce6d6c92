package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ResumeParser;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderReaderTests {

	@Test
	void aFileNameGivesANameOnlyWhenItReadsAsOne() {
		assertThat(NameFallbacks.nameFromFile("Jane_Doe_Resume_2024.pdf")).isEqualTo("Jane Doe");
		assertThat(NameFallbacks.nameFromFile("jane-doe.docx")).isEqualTo("Jane Doe");
		assertThat(NameFallbacks.nameFromFile("CV - María José García.pdf")).isEqualTo("María José García");
		assertThat(NameFallbacks.nameFromFile("resume.pdf")).isNull();
		assertThat(NameFallbacks.nameFromFile("12345.txt")).isNull();
		assertThat(NameFallbacks.nameFromFile("x.txt")).isNull();
		assertThat(NameFallbacks.nameFromFile("Smith.pdf")).as("one word is not enough").isNull();
		assertThat(NameFallbacks.nameFromFile("Senior_Software_Engineer.pdf")).as("a job title").isNull();
		assertThat(NameFallbacks.nameFromFile("scan0042 (1).pdf")).isNull();
	}

	@Test
	void aChineseJapaneseOrKoreanNameIsAName() {
		assertThat(HeaderReader.isPersonName("杜少陵")).isTrue();
		assertThat(HeaderReader.isPersonName("山田 太郎")).isTrue();
		assertThat(HeaderReader.isPersonName("김민준")).isTrue();
		assertThat(HeaderReader.isPersonName("个人简历")).as("'personal resume'").isFalse();
		assertThat(HeaderReader.isPersonName("工作经验")).as("a section's heading").isFalse();
		assertThat(HeaderReader.isPersonName("高级Android工程师")).isFalse();
	}

	@Test
	void aResumeWithoutANameAnywhereHasNone() throws Exception {
		ParseResult result = new ResumeParser().parse("resume.txt",
				"SKILLS\nCOBOL, Fortran, Ada\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.resume().name()).isNull();
	}

	@Test
	void readsThePlaceSetAmongTheContactDetailsUnderAHeading() throws Exception {
		ParseResult result = new ResumeParser().parse("resume.txt", String.join("\n", "Brianne Quitzon",
				"Software Engineer", "", "ABOUT", "Fatimabury Utah US", "brianne.quitzon@example.com", "(626) 329-7802", "",
				"SKILLS", "Python, Rust", "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.resume().basics().location())
			.isEqualTo(new com.candidatesearch.parse.ParsedResume.Location("Fatimabury", "Utah", "US", null, null));
	}

	@Test
	void aNameGivenAsAPersonalDetailWhereTheHeaderPrintsNone() throws Exception {
		ParseResult result = new ResumeParser().parse("resume.md", String.join("\n", "# Curriculum Vitae", "", "## About me",
				"", "Name", "", "Joe Bloggs", "", "Email", "", "j.bloggs@example.com", "", "## Skills", "", "C, C++", "")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.resume().name()).isEqualTo("Joe Bloggs");
	}

	@Test
	void theCardASidebarFirstLayoutPrintsAfterTheSidebarIsTheHeader() throws Exception {
		ParseResult result = new ResumeParser().parse("resume.txt", String.join("\n", "SKILLS", "Go", "Kafka", "", "LANGUAGES",
				"English : Native speaker", "Marta Krippner", "Hieblburg,", "(DE)", "(265) 460-7500", "marta@example.com",
				"Backend engineer with nine years of experience designing payment and logistics systems.", "", "EXPERIENCE",
				"Acme, Engineer 2020 - 2022", "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.resume().name()).isEqualTo("Marta Krippner");
		assertThat(result.resume().basics().location())
			.isEqualTo(new com.candidatesearch.parse.ParsedResume.Location("Hieblburg", null, "DE", null, null));
		assertThat(result.resume().basics().summary()).startsWith("Backend engineer with nine years");
		assertThat(result.resume().languages()).extracting(com.candidatesearch.parse.ParsedResume.Language::language)
			.containsExactly("English");
	}

	@Test
	void aHeadlineSetAfterTheContactLinesIsTheLabelAndTheProseUnderItTheSummary() {
		List<Line> header = List.of(new Line("Rickie HARRIS", Line.Kind.HEADING, 1, false, List.of(), 0, true),
				Line.text("Tillmanberg, (US)"), Line.text("(265) 460-7500"), Line.text("rickie.harris@example.com"),
				new Line("Senior Backend Engineer", Line.Kind.HEADING, 2, false, List.of(), 0, true),
				Line.text("Backend engineer with nine years of experience designing payment and logistics systems."));
		com.candidatesearch.parse.ParsedResume.Basics basics = HeaderReader.read(header, header, List.of(), "cv.docx", null);
		assertThat(basics.label()).isEqualTo("Senior Backend Engineer");
		assertThat(basics.summary()).startsWith("Backend engineer with nine years");
		List<Line> welcome = List.of(header.get(0), header.get(1), header.get(2), header.get(3),
				new Line("Welcome to RenderCV", Line.Kind.HEADING, 2, false, List.of(), 0, true), header.get(5));
		assertThat(HeaderReader.read(welcome, welcome, List.of(), "cv.pdf", null).label())
			.as("a heading that reads as no job title").isNull();
	}

	@Test
	void handlesPrintedAloneUnderTheContactDetailsAreProfilesAndTheHeadlineAfterThemTheLabel() {
		List<Line> header = List.of(Line.text("Richard HENDRIKS"), Line.text("San Francisco,"), Line.text("(US)"),
				Line.text("(912) 555-4321"), Line.text("richard.hendriks@mail.com"), Line.text("neutralthoughts"),
				Line.text("dandymusicnl"), Line.text("Programmer"));
		com.candidatesearch.parse.ParsedResume.Basics basics = HeaderReader.read(header, header, List.of(), "cv.txt", null);
		assertThat(basics.profiles()).extracting(com.candidatesearch.parse.ParsedResume.Profile::username)
			.containsExactly("neutralthoughts", "dandymusicnl");
		assertThat(basics.label()).isEqualTo("Programmer");
		List<Line> placeholders = List.of(Line.text("John Doe"), Line.text("street and number"), Line.text("country"));
		assertThat(HeaderReader.read(placeholders, placeholders, List.of(), "cv.pdf", null).profiles())
			.as("a word under no contact detail").isEmpty();
	}

	@Test
	void theNamePrintedTwiceIsNoHeadline() throws Exception {
		ParseResult result = new ResumeParser().parse("resume.txt", String.join("\n", "Eldora Wilkinson", "Eldora Wilkinson",
				"Senior Data Scientist", "eldora.wilkinson@example.com", "", "SKILLS", "Python, SQL", "")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.resume().basics().label()).isEqualTo("Senior Data Scientist");
	}

	@Test
	void aNameRunIntoItsHeadlineIsPartedAtTheCapital() {
		String line = "Mara OkonkwoPrincipal Data Engineer";
		int glue = HeaderReader.gluedHeadline(line);
		assertThat(line.substring(0, glue)).isEqualTo("Mara Okonkwo");
		assertThat(HeaderReader.gluedHeadline("Mara McAllister")).isEqualTo(-1);
		String candidate = "Rigoberto HodkiewiczPhD Candidate, Computational Linguistics";
		assertThat(HeaderReader.gluedHeadline(candidate)).as("a doctoral candidate").isEqualTo("Rigoberto Hodkiewicz".length());
	}

	@Test
	void proseBelowTheNameIsTheSummaryWhereNoHeadingAnnouncesOne() {
		List<Line> header = List.of(Line.text("Mara Okonkwo"), Line.text("mara@example.org"),
				Line.text("Data engineer with ten years of building pipelines for retail and logistics firms."));
		assertThat(HeaderReader.summary(null, header, 0, null))
			.isEqualTo("Data engineer with ten years of building pipelines for retail and logistics firms.");
		assertThat(HeaderReader.summary(null, List.of(Line.text("Mara Okonkwo"), Line.text("Data Engineer")), 0, null)).isNull();
		List<Line> underHeading = List.of(Line.text("Mara Okonkwo"),
				new Line("A Note on This Page", Line.Kind.TEXT, 0, true, List.of(), 1.4f, true),
				Line.text("This page was written for the yearly review of the pipeline team, not as a resume."));
		assertThat(HeaderReader.summary(null, underHeading, 0, null)).as("prose under a heading of its own").isNull();
	}

	@Test
	void theSummaryDropsShortLabelsBesideItsProse() {
		String section = "Data engineer with ten years of building pipelines for retail and logistics firms.\nGitHub\nmokonkwo";
		assertThat(HeaderReader.summary(section, List.of(), -1, null))
			.isEqualTo("Data engineer with ten years of building pipelines for retail and logistics firms.");
	}

	@Test
	void aLineThatIsOnlyAPhoneNumberIsThePhoneWhereverItStands() throws Exception {
		String text = "Mara Okonkwo\nData Engineer\n\nEXPERIENCE\nAcme Ltd, Engineer, 2019 - 2023\n\nCONTACT\n"
				+ "mara@example.org\n+44 20 7946 0958 •\n";
		ParseResult result = new ResumeParser().parse("mara.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.resume().basics().phone()).isEqualTo("+44 20 7946 0958");
	}

}

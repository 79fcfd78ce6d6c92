package com.candidatesearch.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Layouts beyond the seed resumes: German headings, packed header lines, "Title at Employer". */
class ResumeParserTests {

	private static final String RESUME = """
			# Jane Q. Doe
			Senior Backend Engineer · Berlin, Germany · jane@doe.dev · +49 170 1234567 · github.com/janedoe

			## Berufserfahrung
			**Software Engineer at Zalando** — Jan 2020 – Present
			- Built the checkout service in Kotlin.

			## Ausbildung
			Universität Stuttgart, B.Sc. in Informatik, 2013 – 2017
			""";

	private final ResumeParser parser = new ResumeParser();

	@Test
	void readsHeadlineLocationPhoneAndProfileFromOnePackedHeaderLine() throws Exception {
		ParsedResume.Basics basics = parse().basics();
		assertThat(basics.label()).isEqualTo("Senior Backend Engineer");
		assertThat(basics.location().city()).isEqualTo("Berlin");
		assertThat(basics.phone()).isEqualTo("+49 170 1234567");
		assertThat(basics.profiles()).containsExactly(new ParsedResume.Profile("GitHub", "janedoe", "github.com/janedoe"));
	}

	@Test
	void readsTitleAtEmployerUnderGermanHeading() throws Exception {
		assertThat(parse().work()).singleElement().satisfies(work -> {
			assertThat(work.name()).isEqualTo("Zalando");
			assertThat(work.position()).isEqualTo("Software Engineer");
			assertThat(work.startDate()).isEqualTo("2020-01");
			assertThat(work.endDate()).isNull();
		});
	}

	@Test
	void keepsTheCityThatNamesAUniversity() throws Exception {
		assertThat(parse().education()).singleElement().satisfies(degree -> {
			assertThat(degree.institution()).isEqualTo("Universität Stuttgart");
			assertThat(degree.studyType()).isEqualTo("B.Sc.");
			assertThat(degree.area()).isEqualTo("Informatik");
		});
	}

	@Test
	void namesTheLinesNoSectionTookInAWarning() throws Exception {
		String resume = RESUME + """

				## Hobbies
				- Chess
				- Long-distance running
				""";
		assertThat(this.parser.parse("jane.md", resume.getBytes(StandardCharsets.UTF_8)).warnings())
			.contains("2 lines could not be placed in a section: “Chess”, “Long-distance running”.");
	}

	@Test
	void aResumeWhoseEveryLineWasTakenHasNoUnplacedWarning() throws Exception {
		assertThat(this.parser.parse("jane.md", RESUME.getBytes(StandardCharsets.UTF_8)).warnings())
			.noneMatch(warning -> warning.contains("could not be placed"));
	}

	@Test
	void namesALineAKnownSectionsParserPassedOver() throws Exception {
		// the education parser keeps institution, degree, area, dates and score: an honour
		// printed on its own line is in no field, and the recruiter is told of it
		String resume = RESUME + """
				Graduated with highest distinction, thesis prize of the faculty
				""";
		assertThat(this.parser.parse("jane.md", resume.getBytes(StandardCharsets.UTF_8)).warnings())
			.contains("1 line could not be placed in a section: "
					+ "“Graduated with highest distinction, thesis prize of the faculty”.");
	}

	@Test
	void theUnplacedLinesKeptAreBoundedWhileTheWarningCountsThemAll() throws Exception {
		StringBuilder resume = new StringBuilder(RESUME).append("\n## Hobbies\n");
		for (int i = 0; i < UnplacedLines.KEPT_LINES + 100; i++) {
			resume.append("- hobby number ").append(i).append(' ').append("y".repeat(400)).append('\n');
		}
		ParseResult parse = this.parser.parse("jane.md", resume.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(parse.warnings()).anyMatch(warning -> warning.startsWith((UnplacedLines.KEPT_LINES + 100) + " lines"));
		assertThat(parse.unplaced()).hasSize(UnplacedLines.KEPT_LINES)
			.allMatch(line -> line.length() <= UnplacedLines.KEPT_CHARS && line.endsWith("…"));
		assertThat(parse.unplaced().get(0)).startsWith("hobby number 0 ");
	}

	@Test
	void anUnplacedWarningStaysWithinItsColumnAndSaysHowManyLinesItLeftOut() {
		List<String> lines = IntStream.range(0, 40).mapToObj(i -> "line " + i + " " + "x".repeat(200)).toList();
		String warning = ResumeParser.unplacedWarning(lines);
		assertThat(warning).startsWith("40 lines could not be placed in a section: “line 0 xxx").endsWith(" more.")
			.hasSizeLessThanOrEqualTo(ResumeParser.UNPLACED_CHARS);
		assertThat(warning).contains("…”, “line 1 ");
		int listed = warning.split("“").length - 1;
		assertThat(warning).endsWith("and " + (40 - listed) + " more.");
	}

	private ParsedResume parse() throws ResumeParseException {
		return this.parser.parse("jane.md", RESUME.getBytes(StandardCharsets.UTF_8)).resume();
	}

}

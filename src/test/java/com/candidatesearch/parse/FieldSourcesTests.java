package com.candidatesearch.parse;

import java.util.Map;

import com.candidatesearch.parse.field.FieldSources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldSourcesTests {

	private static final ResumeParser parser = new ResumeParser();

	@Test
	void everyBasicAndEntryFieldPointsAtItsPrintedText() throws Exception {
		ParseResult result = parser.parse("000.txt", SeedResumeTests.bytes("seeds/000_cf880338e06f109e.txt"));

		assertThat(printed(result, "basics.name")).isEqualTo("Lexington Whalen");
		assertThat(printed(result, "work[0].name")).isEqualTo("NVIDIA");
		assertThat(printed(result, "work[3].name")).isEqualTo("University of South Carolina");
		assertThat(printed(result, "work[0].startDate")).isEqualTo("Mar. 2025");
		assertThat(printed(result, "work[3].endDate")).isEqualTo("Aug. 2024");
		assertThat(printed(result, "skills[0].keywords[5]")).isEqualTo("R");
	}

	@Test
	void contactDetailsAreFoundWhereverTheyStand() throws Exception {
		ParseResult result = parser.parse("001.txt", SeedResumeTests.bytes("seeds/001_8e724327113ee43c.txt"));

		assertThat(result.sources().get("basics.url").line()).as("the website line, blank lines not kept").isEqualTo(2);
		assertThat(printed(result, "basics.email")).isEqualTo("resume@swalton.ai");
		assertThat(result.sources().get("basics.email").line()).isGreaterThan(10);
	}

	@Test
	void theSameEmployerInTwoJobsPointsAtTwoPlaces() throws Exception {
		ParseResult result = parser.parse("000.txt", SeedResumeTests.bytes("seeds/000_cf880338e06f109e.txt"));

		assertThat(result.sources().get("work[1].name").start()).isGreaterThan(result.sources().get("work[0].name").start());
	}

	@Test
	void linesCountFromOneAsTheProfilePageShowsThem() {
		ParsedResume resume = new ParsedResume(new ParsedResume.Basics("Ada Lovelace", null, "ada@example.org", null,
				null, null, null, null), null, null, null, null, null, null, null, null, null);

		Map<String, SourceSpan> sources = FieldSources.locate(resume, "Ada Lovelace\nLondon\nada@example.org");

		assertThat(sources.get("basics.name")).isEqualTo(new SourceSpan(0, 12, 1));
		assertThat(sources.get("basics.email")).isEqualTo(new SourceSpan(20, 35, 3));
	}

	private static String printed(ParseResult result, String path) {
		SourceSpan span = result.sources().get(path);
		assertThat(span).as("source of %s", path).isNotNull();
		return result.text().substring(span.start(), span.end());
	}

}

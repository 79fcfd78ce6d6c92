package com.candidatesearch.parse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A file of one 10 MB token, the most an upload may hold, in each format the parser reads as
 * text and in the shapes its patterns look for (e-mail, link, date, phone, markup): the parse
 * ends, read or refused, within the time limit one file gets, because every pattern applied to
 * the text reads it in time linear in its length.
 */
class LinearTimeParseTests {

	/** The upload limit. */
	private static final int SIZE = 10 * 1024 * 1024;

	/** The time one file may take to read (DocumentReader's limit). */
	private static final Duration LIMIT = Duration.ofSeconds(20);

	private final ResumeParser parser = new ResumeParser();

	static Stream<Arguments> singleTokenFiles() {
		return Stream.of(
				file("a plain-text run of letters", "run.txt", n -> "a".repeat(n)),
				file("the skills line of the report, \"Python, \" and a run of letters", "skills.txt",
						n -> "Python, " + "a".repeat(n - 8)),
				file("a Markdown run of letters", "run.md", n -> "a".repeat(n)),
				file("an HTML paragraph of one run of letters", "run.html",
						n -> "<html><body><p>" + "a".repeat(n - 40) + "</p></body></html>"),
				file("a JSON Resume whose summary is one run of letters", "run.json",
						n -> "{\"basics\":{\"name\":\"Ada Lovelace\",\"summary\":\"" + "a".repeat(n - 60) + "\"}}"),
				file("half e-mail addresses", "at.txt", n -> "a@".repeat(n / 2)),
				file("a domain of endless labels", "labels.txt", n -> "ada@" + "a.".repeat(n / 2 - 2)),
				file("links without an end", "links.txt", n -> "a.com".repeat(n / 5)),
				file("digits", "digits.txt", n -> "1".repeat(n)),
				file("dotted digits", "dots.txt", n -> "1.".repeat(n / 2)),
				file("dashed digits", "dashes.txt", n -> "1-".repeat(n / 2)),
				file("slashed digits", "slashes.txt", n -> "1/".repeat(n / 2)),
				file("years and dashes", "years.txt", n -> "2020-".repeat(n / 5)),
				file("separators after a label", "label.txt", n -> "GitHub: " + ",".repeat(n - 9) + "a"),
				file("credentials after a name", "credentials.txt", n -> "Ada Lovelace" + ", PhD".repeat(n / 5 - 3) + " x"),
				file("emphasis marks without an end", "stars.txt", n -> " *a".repeat(n / 3)),
				file("bold tags without an end", "tags.txt", n -> "<b>".repeat(n / 3)),
				file("list tags without an end", "lists.txt", n -> "<p".repeat(n / 2)),
				file("link brackets without an end", "brackets.txt", n -> "Links " + "[a](".repeat(n / 4 - 2)),
				file("Markdown angle brackets without an end", "angles.md", n -> "<".repeat(n)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("singleTokenFiles")
	void parsesOrRefusesWithinTheTimeLimit(byte[] content, String fileName) {
		String outcome = assertTimeoutPreemptively(LIMIT, () -> {
			try {
				return this.parser.parse(fileName, content).mediaType();
			}
			catch (ResumeParseException refused) {
				return refused.getMessage();
			}
		});

		assertThat(outcome).isNotBlank();
	}

	private static Arguments file(String description, String fileName, IntFunction<String> text) {
		byte[] content = text.apply(SIZE).getBytes(StandardCharsets.UTF_8);
		return Arguments.of(Named.of(description, content), fileName);
	}

}

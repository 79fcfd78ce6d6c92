package com.candidatesearch.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.candidatesearch.eval.ResumeScorer;
import com.candidatesearch.eval.Score;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed resume, in each of its formats, against its gold parse: the fields a recruiter
 * searches by (name, e-mail, employers, skills) must come out exactly.
 */
class SeedResumeTests {

	private static final List<String> SEEDS = List.of("000_cf880338e06f109e", "001_8e724327113ee43c",
			"002_ebfafff7a943e743");

	private static final List<String> FORMATS = List.of("txt", "pdf", "docx", "html");

	/** The floor the parser issue sets for the seed resumes, in every format. */
	private static final double SEED_FLOOR = 0.95;

	private static final ResumeParser parser = new ResumeParser();

	private static final JsonMapper json = JsonMapper.builder().build();

	static Stream<Arguments> seeds() {
		return SEEDS.stream().flatMap(seed -> FORMATS.stream().map(format -> Arguments.of(seed, format)));
	}

	@ParameterizedTest(name = "{0}.{1}")
	@MethodSource("seeds")
	void readsNameEmailEmployersAndSkillsExactly(String seed, String format) throws Exception {
		ParsedResume gold = json.readValue(bytes("gold/" + seed + ".json"), ParsedResume.class);
		ParsedResume parsed = parser.parse(seed + "." + format, bytes("seeds/" + seed + "." + format)).resume();
		List<String> differences = new ArrayList<>();
		compare("basics.name", parsed.name(), gold.name(), differences);
		compare("basics.email", parsed.basics().email(), gold.basics().email(), differences);
		compare("work.name", parsed.work().stream().map(ParsedResume.Work::name).toList(),
				gold.work().stream().map(ParsedResume.Work::name).toList(), differences);
		compare("skills.keywords", parsed.allSkills(), gold.allSkills(), differences);
		assertThat(differences).as("fields that differ from gold/%s.json", seed).isEmpty();
	}

	@ParameterizedTest(name = "{0}.{1}")
	@MethodSource("seeds")
	void reachesFieldLevelF1OfAtLeast95Percent(String seed, String format) throws Exception {
		JsonNode gold = json.readTree(bytes("gold/" + seed + ".json"));
		JsonNode parsed = json.valueToTree(parser.parse(seed + "." + format, bytes("seeds/" + seed + "." + format)).resume());

		Score score = ResumeScorer.score(parsed, gold);

		assertThat(score.overall().f1()).as("F1 of %s.%s; differences from its gold:%n%s", seed, format,
				score.differences().stream().map(Object::toString).collect(Collectors.joining("\n")))
			.isGreaterThanOrEqualTo(SEED_FLOOR);
	}

	private static void compare(String field, Object parsed, Object gold, List<String> differences) {
		if (!java.util.Objects.equals(parsed, gold)) {
			differences.add(field + ": parsed " + parsed + " but gold has " + gold);
		}
	}

	static byte[] bytes(String resource) {
		try (InputStream in = SeedResumeTests.class.getResourceAsStream("/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

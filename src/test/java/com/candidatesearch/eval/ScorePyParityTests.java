package com.candidatesearch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The port against score.py itself: for each fixture pair in {@code eval/pairs.json}, the
 * counts per section and the list of differences score.py gave (recorded in
 * {@code eval/expected/} by {@code eval/record_expected.py}) must come out identical.
 */
class ScorePyParityTests {

	static Stream<String> pairs() {
		return Fixtures.list("eval/expected").filter((name) -> name.endsWith(".json"))
			.map((name) -> name.substring(0, name.length() - ".json".length()));
	}

	@Test
	void everyPairHasItsRecordedExpectation() {
		List<String> pairs = new ArrayList<>();
		Fixtures.json("eval/pairs.json").propertyNames().forEach(pairs::add);
		assertThat(pairs()).containsExactlyInAnyOrderElementsOf(pairs).hasSizeGreaterThanOrEqualTo(10);
	}

	@ParameterizedTest
	@MethodSource("pairs")
	void countsPerSectionMatchScorePy(String pair) {
		JsonNode expected = Fixtures.json("eval/expected/" + pair + ".json");
		Map<String, List<Integer>> expectedCounts = new LinkedHashMap<>();
		expected.get("sections").properties().forEach((section) -> expectedCounts.put(section.getKey(),
				section.getValue().values().stream().map(JsonNode::intValue).toList()));
		Map<String, List<Integer>> counts = new LinkedHashMap<>();
		score(expected).sections().forEach((section, c) -> counts.put(section, List.of(c.tp(), c.fp(), c.fn())));
		assertThat(counts).as(expected.get("why").stringValue()).containsExactlyEntriesOf(expectedCounts);
	}

	@ParameterizedTest
	@MethodSource("pairs")
	void differencesMatchScorePy(String pair) {
		JsonNode expected = Fixtures.json("eval/expected/" + pair + ".json");
		List<Difference> differences = expected.get("differences").values().stream()
			.map((d) -> new Difference(d.get(0).stringValue(), d.get(1).stringValue(), d.get(2).stringValue(),
					d.get(3).stringValue()))
			.toList();
		assertThat(score(expected).differences()).containsExactlyElementsOf(differences);
	}

	static Score score(JsonNode expected) {
		return ResumeScorer.score(Fixtures.json(expected.get("pred").stringValue()),
				Fixtures.json(expected.get("gold").stringValue()));
	}

}

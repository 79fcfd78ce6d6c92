package com.candidatesearch.eval;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityTests {

	private final Similarity similarity = new Similarity();

	@Test
	void similarityMatchesScorePyOnGeneratedPairs() {
		JsonNode cases = Fixtures.json("eval/normalize-cases.json").get("similarity");
		assertThat(cases.size()).isGreaterThanOrEqualTo(200);
		for (JsonNode c : cases) {
			String field = c.get(2).isNull() ? null : c.get(2).stringValue();
			assertThat(this.similarity.of(c.get(0).stringValue(), c.get(1).stringValue(), field))
				.as("similarity(%s, %s, %s)", c.get(0), c.get(1), field)
				.isEqualTo(c.get(3).doubleValue());
		}
	}

	@Test
	void valuesEqualOnceSpacesAreIgnored() {
		assertThat(this.similarity.of("Ph.D.", "PhD", "studyType")).isEqualTo(1.0);
		assertThat(this.similarity.of("Ruiz-Campos", "Ruiz Campos", "name")).isEqualTo(1.0);
	}

	@Test
	void nearMatchNeedsARatioOfAtLeastEightyFivePercent() {
		assertThat(this.similarity.matches("Deep Learning Intren", "Deep Learning Intern", "position")).isTrue();
		assertThat(this.similarity.matches("M.S.", "B.S.", "studyType")).isFalse();
	}

	@Test
	void datesAndIdentifiersNeverNearMatch() {
		assertThat(this.similarity.of("2023-06", "2023-07", "endDate")).isEqualTo(0.0);
		assertThat(this.similarity.of("stevenwalton", "stevenwalt0n", "username")).isEqualTo(0.0);
		assertThat(this.similarity.of("stevenwalton", "stevenwalt0n", "name")).isGreaterThan(Similarity.NEAR_MATCH);
	}

	@Test
	void urlIgnoresSchemeAndWww() {
		assertThat(this.similarity.of("https://www.github.com/x/", "github.com/x", "url")).isEqualTo(1.0);
	}

	@Test
	void emptyValuesOnlyMatchEmptyValues() {
		assertThat(this.similarity.of("", "<b></b>", null)).isEqualTo(1.0);
		assertThat(this.similarity.of("", "x", null)).isEqualTo(0.0);
	}

}

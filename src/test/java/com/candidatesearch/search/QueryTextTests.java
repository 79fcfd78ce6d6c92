package com.candidatesearch.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	@Test
	void keepsTechTokensAndPhrasesAsTyped() {
		assertThat(QueryText.translate("C++ \"machine learning\" .NET").syntax())
			.isEqualTo("C++ \"machine learning\" .NET");
	}

	@Test
	void turnsBooleanWordsIntoOperators() {
		assertThat(QueryText.translate("python AND rust OR go NOT java").syntax()).isEqualTo("python rust | go -java");
	}

	@Test
	void dropsControlCharactersAndHighlightMarkers() {
		assertThat(QueryText.translate("rust\u0000\u0007 \uE000go").syntax()).isEqualTo("rust go");
	}

	@Test
	void cutsOverlongQueriesAndSaysSo() {
		QueryText.Translated translated = QueryText.translate("word ".repeat(2000));

		assertThat(translated.syntax().split(" ")).hasSize(QueryText.MAX_TERMS);
		assertThat(translated.notice()).isEqualTo("Only the first 32 words of the query were used.");
	}

	@Test
	void blankQueryMeansEveryone() {
		assertThat(QueryText.translate("   ").syntax()).isEmpty();
		assertThat(QueryText.translate(null).syntax()).isEmpty();
	}

}

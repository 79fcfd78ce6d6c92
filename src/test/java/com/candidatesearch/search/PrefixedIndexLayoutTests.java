package com.candidatesearch.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PrefixedIndexLayoutTests {

	@Test
	void namesTheIndexAndItsAliasesBehindThePrefix() {
		PrefixedIndexLayout layout = new PrefixedIndexLayout("team-a-");

		assertThat(layout.createInitialElasticsearchIndexName("candidate")).isEqualTo("team-a-candidate-000001");
		assertThat(layout.createReadAlias("candidate")).isEqualTo("team-a-candidate-read");
		assertThat(layout.createWriteAlias("candidate")).isEqualTo("team-a-candidate-write");
		assertThat(layout.extractUniqueKeyFromHibernateSearchIndexName("candidate")).isEqualTo("team-a-candidate");
		assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("team-a-candidate-000002"))
			.isEqualTo("team-a-candidate");
	}

	@Test
	void withoutAPrefixNamesAsHibernateSearchDoes() {
		PrefixedIndexLayout layout = new PrefixedIndexLayout("");

		assertThat(layout.createInitialElasticsearchIndexName("candidate")).isEqualTo("candidate-000001");
		assertThat(layout.createReadAlias("candidate")).isEqualTo("candidate-read");
	}

	@Test
	void refusesAPrefixNoIndexNameCanStartWith() {
		assertThatIllegalStateException().isThrownBy(() -> new PrefixedIndexLayout("Team A"))
			.withMessage("candidate-search.search.index-prefix is \"Team A\", which cannot begin an index name: use "
					+ "lower-case letters, digits, '-' and '_', starting with a letter or digit, or leave it empty.");
		assertThatIllegalStateException().isThrownBy(() -> new PrefixedIndexLayout("_hidden"));
	}

}

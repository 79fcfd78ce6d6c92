package com.candidatesearch.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

	@Test
	void dropsFieldPrefixesOperatorsExclusionsAndFilters() {
		SearchTerms terms = SearchTerms.of("skill:python AND \"computer vision\" OR -intern NOT experience:>=5 year:2020..2024");
		assertThat(terms.describe()).isEqualTo("python, computer vision");
	}

	@Test
	void marksWholeWordsOnlySoCDoesNotMarkCPlusPlus() {
		SearchTerms terms = SearchTerms.of("C");
		assertThat(terms.segments("C++, C and Cloud")).containsExactly(new SearchTerms.Segment("C++, ", false),
				new SearchTerms.Segment("C", true), new SearchTerms.Segment(" and Cloud", false));
		assertThat(terms.matches("C++")).isFalse();
	}

	@Test
	void marksPhrasesAndPrefixesIgnoringCase() {
		SearchTerms terms = SearchTerms.of("\"computer vision\" pyto*");
		assertThat(terms.segments("Computer Vision with PyTorch")).containsExactly(
				new SearchTerms.Segment("Computer Vision", true), new SearchTerms.Segment(" with ", false),
				new SearchTerms.Segment("PyTorch", true));
	}

	@Test
	void withoutTermsTheTextIsOnePlainSegment() {
		assertThat(SearchTerms.of("  ").segments("Python")).isEqualTo(List.of(new SearchTerms.Segment("Python", false)));
		assertThat(SearchTerms.of(null).matches("Python")).isFalse();
	}

}

package com.candidatesearch.eval;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceMatcherTests {

	@Test
	void sequenceMatcherRatioMatchesDifflib() {
		JsonNode cases = Fixtures.json("eval/difflib-ratios.json");
		assertThat(cases.size()).isGreaterThanOrEqualTo(300);
		for (JsonNode c : cases) {
			SequenceMatcher matcher = new SequenceMatcher(c.get(0).stringValue(), c.get(1).stringValue());
			String pair = c.get(0) + " / " + c.get(1);
			assertThat(matcher.ratio()).as("ratio of %s", pair).isEqualTo(c.get(2).doubleValue());
			assertThat(matcher.quickRatio()).as("quick_ratio of %s", pair).isEqualTo(c.get(3).doubleValue());
			assertThat(matcher.realQuickRatio()).as("real_quick_ratio of %s", pair).isEqualTo(c.get(4).doubleValue());
		}
	}

	@Test
	void matchingBlocksEndWithAnEmptyBlockAsInDifflibsExample() {
		assertThat(new SequenceMatcher("abxcd", "abcd").matchingBlocks()).containsExactly(
				new SequenceMatcher.Match(0, 0, 2), new SequenceMatcher.Match(3, 2, 2),
				new SequenceMatcher.Match(5, 4, 0));
	}

	@Test
	void longestMatchIsTheEarliestInAThenInB() {
		assertThat(new SequenceMatcher(" abcd", "abcd abcd").findLongestMatch(0, 5, 0, 9))
			.isEqualTo(new SequenceMatcher.Match(0, 4, 5));
	}

	@Test
	void longestMatchOfNothingIsEmptyAtTheStartOfTheRanges() {
		assertThat(new SequenceMatcher("ab", "c").findLongestMatch(0, 2, 0, 1))
			.isEqualTo(new SequenceMatcher.Match(0, 0, 0));
	}

	@Test
	void ratioCountsCodePointsAsPythonDoes() {
		// one emoji is one element for Python, two chars for Java
		assertThat(new SequenceMatcher("\uD83D\uDE00a", "a").ratio()).isEqualTo(2.0 * 1 / 3);
	}

	@Test
	void ratioOfTwoEmptyStringsIsOne() {
		assertThat(new SequenceMatcher("", "").ratio()).isEqualTo(1.0);
	}

}

package com.candidatesearch.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTests {

	private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 1);

	@Test
	void idealOrderScoresOne() {
		assertThat(RankingMetrics.ndcg(List.of("a", "b", "x"), GRADES, 10)).isEqualTo(1.0);
	}

	@Test
	void swappedOrderLosesTheGainOfTheBetterResult() {
		// (1 + 7/log2 3) / (7 + 1/log2 3) = 5.41650 / 7.63093
		assertThat(RankingMetrics.ndcg(List.of("b", "a"), GRADES, 10)).isCloseTo(0.70981, within(1e-5));
	}

	@Test
	void missingRelevantResultsCountAgainstTheRanking() {
		// 7 / (7 + 1/log2 3): b was never returned
		assertThat(RankingMetrics.ndcg(List.of("a"), GRADES, 10)).isCloseTo(0.91732, within(1e-5));
	}

	@Test
	void resultsBeyondTheCutoffDoNotCount() {
		// a at rank 3 is cut at k = 2; the ideal keeps its best two labels, 7 + 1/log2 3
		assertThat(RankingMetrics.ndcg(List.of("x", "y", "a"), GRADES, 2)).isZero();
		assertThat(RankingMetrics.ndcg(List.of("x", "a"), GRADES, 2)).isCloseTo(4.41650 / 7.63093, within(1e-5));
	}

	@Test
	void dcgDiscountsEachRankByLogOfRankPlusOne() {
		// 7/1 + 3/log2 3 + 1/2
		assertThat(RankingMetrics.dcg(List.of(3, 2, 1), 10)).isCloseTo(9.39279, within(1e-5));
	}

	@Test
	void reciprocalRankIsOneOverTheFirstRelevantRank() {
		assertThat(RankingMetrics.reciprocalRank(List.of("x", "y", "b", "a"), GRADES)).isEqualTo(1.0 / 3);
		assertThat(RankingMetrics.reciprocalRank(List.of("a"), GRADES)).isEqualTo(1.0);
		assertThat(RankingMetrics.reciprocalRank(List.of("x", "y"), GRADES)).isZero();
	}

	@Test
	void queryWithoutRelevantLabelsCannotBeJudged() {
		assertThatIllegalArgumentException().isThrownBy(() -> RankingMetrics.ndcg(List.of("a"), Map.of("a", 0), 10))
			.withMessage("A query needs at least one relevant result to be judged");
	}

}

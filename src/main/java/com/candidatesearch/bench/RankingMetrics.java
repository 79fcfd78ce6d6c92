package com.candidatesearch.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How good a ranking is against graded relevance labels: nDCG@k with exponential gains
 * (2^grade − 1) / log2(rank + 1), normalized by the best ranking the labels allow, and the
 * reciprocal rank of the first result with any relevance (Järvelin and Kekäläinen, "Cumulated
 * gain-based evaluation of IR techniques", 2002).
 */
public final class RankingMetrics {

	private RankingMetrics() {
	}

	/** nDCG of the first {@code k} results; results without a label count as not relevant. */
	public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
		List<Integer> ideal = grades.values()
			.stream()
			.filter(grade -> grade > 0)
			.sorted(Comparator.reverseOrder())
			.toList();
		if (ideal.isEmpty()) {
			throw new IllegalArgumentException("A query needs at least one relevant result to be judged");
		}
		List<Integer> actual = ranked.stream().map(id -> grades.getOrDefault(id, 0)).toList();
		return dcg(actual, k) / dcg(ideal, k);
	}

	/** 1/rank of the first result with a grade of at least 1, or 0 when there is none. */
	public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
		for (int i = 0; i < ranked.size(); i++) {
			if (grades.getOrDefault(ranked.get(i), 0) >= 1) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	static double dcg(List<Integer> grades, int k) {
		double sum = 0;
		for (int i = 0; i < Math.min(k, grades.size()); i++) {
			sum += (Math.pow(2, grades.get(i)) - 1) / log2(i + 2);
		}
		return sum;
	}

	private static double log2(int x) {
		return Math.log(x) / Math.log(2);
	}

}

package com.candidatesearch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * score.py's one-to-one greedy pairing: every pair that near-matches is a candidate; the best
 * similarity is taken first, then (for items) the pair whose other fields agree more, then
 * the lowest predicted index, then the lowest gold index, as Python sorts its tuples.
 */
final class ItemPairing {

	private static final List<String> PROFILE_KEYS = List.of("network", "username");

	private final Similarity similarity;

	ItemPairing(Similarity similarity) {
		this.similarity = similarity;
	}

	/** Which predicted element went with which gold element, by index. */
	record Pair(int predicted, int gold) {
	}

	/** The pairs in the order they were taken, and the indexes left over on each side. */
	record Pairs(List<Pair> pairs, List<Integer> unmatchedPredicted, List<Integer> unmatchedGold) {
	}

	private record Candidate(double similarity, double agreement, int predicted, int gold) {
	}

	private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::similarity)
		.reversed()
		.thenComparing(Comparator.comparingDouble(Candidate::agreement).reversed())
		.thenComparingInt(Candidate::predicted)
		.thenComparingInt(Candidate::gold);

	/** score.py's {@code pair_lists}: string list elements by near match. */
	Pairs pairTexts(List<String> predicted, List<String> gold) {
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < predicted.size(); i++) {
			for (int j = 0; j < gold.size(); j++) {
				double s = this.similarity.of(predicted.get(i), gold.get(j), null);
				if (s >= Similarity.NEAR_MATCH) {
					candidates.add(new Candidate(s, 0.0, i, j));
				}
			}
		}
		return take(candidates, predicted.size(), gold.size());
	}

	/** The pairing of {@code score_items}: items by key field, ties broken by agreement. */
	Pairs pairItems(String shapeKey, List<JsonNode> predicted, List<JsonNode> gold) {
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < predicted.size(); i++) {
			for (int j = 0; j < gold.size(); j++) {
				JsonNode p = predicted.get(i);
				JsonNode g = gold.get(j);
				if (!p.isObject() || !g.isObject()) {
					continue;
				}
				double s = keySimilarity(shapeKey, p, g);
				if (s >= Similarity.NEAR_MATCH) {
					candidates.add(new Candidate(s, agreement(shapeKey, p, g), i, j));
				}
			}
		}
		return take(candidates, predicted.size(), gold.size());
	}

	/** Profiles pair by network or by username, whichever agrees better; other items by key field. */
	private double keySimilarity(String shapeKey, JsonNode p, JsonNode g) {
		List<String> keys = shapeKey.equals("basics.profiles") ? PROFILE_KEYS
				: List.of(ContractShape.KEY_FIELD.get(shapeKey));
		double best = 0.0;
		for (String key : keys) {
			if (!JsonValues.isEmpty(p.get(key)) && !JsonValues.isEmpty(g.get(key))) {
				String predicted = JsonValues.text(p.get(key));
				best = Math.max(best, this.similarity.of(predicted, JsonValues.text(g.get(key)), key));
			}
		}
		return best;
	}

	/** Share of the scalar fields either item has that match in both. */
	private double agreement(String shapeKey, JsonNode p, JsonNode g) {
		List<String> keys = ContractShape.SHAPE.get(shapeKey)
			.stream()
			.filter((key) -> !ContractShape.LIST_FIELDS.contains(key) && (p.has(key) || g.has(key)))
			.toList();
		if (keys.isEmpty()) {
			return 0.0;
		}
		long agreeing = keys.stream()
			.filter((key) -> !JsonValues.isEmpty(p.get(key)) && !JsonValues.isEmpty(g.get(key))
					&& this.similarity.matches(JsonValues.text(p.get(key)), JsonValues.text(g.get(key)), key))
			.count();
		return (double) agreeing / keys.size();
	}

	private static Pairs take(List<Candidate> candidates, int predictedCount, int goldCount) {
		candidates.sort(BEST_FIRST);
		boolean[] predictedUsed = new boolean[predictedCount];
		boolean[] goldUsed = new boolean[goldCount];
		List<Pair> pairs = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (!predictedUsed[candidate.predicted()] && !goldUsed[candidate.gold()]) {
				predictedUsed[candidate.predicted()] = true;
				goldUsed[candidate.gold()] = true;
				pairs.add(new Pair(candidate.predicted(), candidate.gold()));
			}
		}
		return new Pairs(pairs, unused(predictedUsed), unused(goldUsed));
	}

	private static List<Integer> unused(boolean[] used) {
		List<Integer> unused = new ArrayList<>();
		for (int index = 0; index < used.length; index++) {
			if (!used[index]) {
				unused.add(index);
			}
		}
		return unused;
	}

}

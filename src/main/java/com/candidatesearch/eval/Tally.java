package com.candidatesearch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts per section as a scoring walk finds them, with each false positive and negative. */
final class Tally {

	private final Map<String, Counts> counts = new LinkedHashMap<>();

	private final List<Difference> differences = new ArrayList<>();

	void open(String section) {
		this.counts.putIfAbsent(section, Counts.NONE);
	}

	void truePositives(String section, int n) {
		add(section, new Counts(n, 0, 0));
	}

	void falsePositive(String section, String path, String json) {
		add(section, new Counts(0, 1, 0));
		this.differences.add(new Difference(section, Difference.FALSE_POSITIVE, path, json));
	}

	void falseNegative(String section, String path, String json) {
		add(section, new Counts(0, 0, 1));
		this.differences.add(new Difference(section, Difference.FALSE_NEGATIVE, path, json));
	}

	Score score() {
		Map<String, Counts> ordered = new LinkedHashMap<>();
		for (String section : ContractShape.ordered(this.counts.keySet())) {
			ordered.put(section, this.counts.get(section));
		}
		return new Score(ordered, this.differences);
	}

	private void add(String section, Counts more) {
		this.counts.merge(section, more, Counts::plus);
	}

}

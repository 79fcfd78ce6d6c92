package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.parse.FoldedText;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.util.common.data.Range;

/**
 * Asks the index to count the values of every {@link Facet} among the matching candidates, and
 * reads the counts back: values that differ only in case or accents are one value, shown as
 * most candidates print it; chosen values are always shown.
 */
final class FacetCounts {

	/** How many values of a facet the page lists. */
	static final int SHOWN = 12;

	/** How many distinct printed forms the index is asked for, before case variants are merged. */
	static final int COUNTED = 60;

	private FacetCounts() {
	}

	static void request(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> step) {
		for (Facet facet : Facet.values()) {
			if (facet.isTerms()) {
				step.aggregation(termsKey(facet),
						f -> f.terms().field(facet.countedField(), String.class).maxTermCount(COUNTED));
			}
		}
		step.aggregation(publicationsKey(),
				f -> f.terms().field(Facet.PUBLICATIONS.countedField(), Boolean.class));
		step.aggregation(experienceKey(), f -> {
			var ranges = f.range().field(Facet.EXPERIENCE.countedField(), Integer.class).range(bucket(0));
			for (int i = 1; i < Facet.EXPERIENCE_BUCKETS.size(); i++) {
				ranges.range(bucket(i));
			}
			return ranges;
		});
	}

	/**
	 * Whole years {@code [from, to]} as {@code [from, to + 1)}: the Elasticsearch backend takes range
	 * aggregations only in that canonical form (HSEARCH400580), and Lucene counts them alike.
	 */
	private static Range<Integer> bucket(int index) {
		int[] bucket = Facet.EXPERIENCE_BUCKETS.get(index);
		return Range.canonical(bucket[0], bucket[1] + 1);
	}

	/** The counts the aggregations {@link #request requested} brought back, as {@link #read} takes them. */
	static Map<Facet, Map<String, Long>> counted(SearchResult<?> result) {
		Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			counts.put(facet, switch (facet) {
				case PUBLICATIONS -> booleanCounts(result.aggregation(publicationsKey()));
				case EXPERIENCE -> experienceCounts(result.aggregation(experienceKey()));
				default -> result.aggregation(termsKey(facet));
			});
		}
		return counts;
	}

	/**
	 * The values of each facet to show, from the index's counts per printed form
	 * ({@code from-to} buckets for experience, {@code true}/{@code false} for publications).
	 */
	static Map<Facet, List<FacetValue>> read(Map<Facet, Map<String, Long>> counted, Map<Facet, List<String>> filters) {
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			List<String> chosen = filters.getOrDefault(facet, List.of());
			Map<String, Long> counts = counted.getOrDefault(facet, Map.of());
			facets.put(facet, values(facet, facet.isTerms() ? merged(counts) : counts, chosen));
		}
		return facets;
	}

	private static List<FacetValue> values(Facet facet, Map<String, Long> counts, List<String> chosen) {
		List<FacetValue> values = new ArrayList<>();
		counts.forEach((value, count) -> {
			if (count > 0 || chosen.stream().anyMatch(c -> fold(c).equals(fold(value)))) {
				values.add(new FacetValue(value, facet.display(value), count,
						chosen.stream().anyMatch(c -> fold(c).equals(fold(value)))));
			}
		});
		if (facet.isTerms()) {
			values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
		}
		List<FacetValue> shown = new ArrayList<>(values.stream().limit(SHOWN).toList());
		for (String value : chosen) {
			boolean listed = shown.stream().anyMatch(v -> fold(v.value()).equals(fold(value)));
			if (!listed) {
				shown.add(new FacetValue(value, facet.display(value), 0, true));
			}
		}
		return shown;
	}

	/** Printed forms that differ only in case, accents or spacing counted as one, named as most print it. */
	private static Map<String, Long> merged(Map<String, Long> raw) {
		Map<String, Long> totals = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Long> best = new LinkedHashMap<>();
		raw.forEach((value, count) -> {
			String key = fold(value);
			totals.merge(key, count, Long::sum);
			if (count > best.getOrDefault(key, -1L)) {
				best.put(key, count);
				names.put(key, value);
			}
		});
		Map<String, Long> merged = new LinkedHashMap<>();
		totals.forEach((key, total) -> merged.put(names.get(key), total));
		return merged;
	}

	private static Map<String, Long> booleanCounts(Map<Boolean, Long> raw) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("true", raw.getOrDefault(Boolean.TRUE, 0L));
		counts.put("false", raw.getOrDefault(Boolean.FALSE, 0L));
		return counts;
	}

	private static Map<String, Long> experienceCounts(Map<Range<Integer>, Long> raw) {
		Map<String, Long> counts = new LinkedHashMap<>();
		raw.forEach((range, count) -> counts.put(range.lowerBoundValue().orElse(0) + "-"
				+ range.upperBoundValue().map(end -> end - 1).orElse(99), count));
		return counts;
	}

	static String fold(String value) {
		return FoldedText.of(value);
	}

	private static AggregationKey<Map<String, Long>> termsKey(Facet facet) {
		return AggregationKey.of(facet.parameter());
	}

	private static AggregationKey<Map<Boolean, Long>> publicationsKey() {
		return AggregationKey.of(Facet.PUBLICATIONS.parameter());
	}

	private static AggregationKey<Map<Range<Integer>, Long>> experienceKey() {
		return AggregationKey.of(Facet.EXPERIENCE.parameter());
	}

}

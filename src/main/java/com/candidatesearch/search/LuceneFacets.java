package com.candidatesearch.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiLongValuesSource;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts the facet values of the matching candidates with Lucene's faceting module. Hibernate
 * Search's terms aggregation looks up the text of every counted value and maps value numbers
 * between segments anew on every query, which cost most of a search's time at a few thousand
 * candidates; {@link StringValueFacetCounts} counts value numbers and reads only the top
 * values' text, with the map between segments kept per reader ({@link IndexSnapshots}).
 */
final class LuceneFacets {

	private static final LongRange[] PUBLICATIONS = { new LongRange("true", 1, true, 1, true),
			new LongRange("false", 0, true, 0, true) };

	private LuceneFacets() {
	}

	/**
	 * The values of every facet among the matching candidates, as {@link FacetCounts#read}
	 * takes them: up to {@code top} printed forms per terms facet, {@code from-to} per experience
	 * bucket, {@code true}/{@code false} for publications.
	 */
	static Map<Facet, Map<String, Long>> count(IndexSnapshots.Snapshot snapshot, RandomSamplingFacetsCollector matching,
			int top) throws IOException {
		FacetsCollector all = new FacetsCollector() {

			@Override
			public List<MatchingDocs> getMatchingDocs() {
				return matching.getOriginalMatchingDocs();
			}

		};
		double scale = scale(matching);
		Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			counts.put(facet, switch (facet) {
				case EXPERIENCE -> ranges(facet, all, experienceRanges());
				case PUBLICATIONS -> ranges(facet, all, PUBLICATIONS);
				default -> terms(snapshot, facet, matching, top, scale);
			});
		}
		return counts;
	}

	/** Terms are counted in the sample, when there is one, and the counts scaled to all matches. */
	private static Map<String, Long> terms(IndexSnapshots.Snapshot snapshot, Facet facet,
			RandomSamplingFacetsCollector matching, int top, double scale) throws IOException {
		Optional<StringDocValuesReaderState> values = snapshot.values(facet.countedField());
		if (values.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> counts = labels(
				new StringValueFacetCounts(values.get(), matching).getTopChildren(top, facet.countedField()));
		if (scale > 1.0) {
			counts.replaceAll((value, count) -> Math.max(1, Math.round(count * scale)));
		}
		return counts;
	}

	/** How many matches each sampled one stands for; 1 when every match was counted. */
	private static double scale(RandomSamplingFacetsCollector matching) throws IOException {
		long all = 0;
		for (FacetsCollector.MatchingDocs docs : matching.getOriginalMatchingDocs()) {
			all += docs.totalHits;
		}
		long sampled = 0;
		for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
			DocIdSetIterator iterator = docs.bits.iterator();
			while (iterator != null && iterator.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
				sampled++;
			}
		}
		return sampled == 0 ? 1.0 : (double) all / sampled;
	}

	private static Map<String, Long> ranges(Facet facet, FacetsCollector matching, LongRange... ranges)
			throws IOException {
		String field = facet.countedField();
		return labels(new LongRangeFacetCounts(field, MultiLongValuesSource.fromLongField(field), matching, ranges)
			.getAllChildren(field));
	}

	private static LongRange[] experienceRanges() {
		List<int[]> buckets = Facet.EXPERIENCE_BUCKETS;
		LongRange[] ranges = new LongRange[buckets.size()];
		for (int i = 0; i < ranges.length; i++) {
			int[] bucket = buckets.get(i);
			ranges[i] = new LongRange(bucket[0] + "-" + bucket[1], bucket[0], true, bucket[1], true);
		}
		return ranges;
	}

	private static Map<String, Long> labels(FacetResult result) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (result != null) {
			for (LabelAndValue value : result.labelValues) {
				counts.put(value.label, value.value.longValue());
			}
		}
		return counts;
	}

}

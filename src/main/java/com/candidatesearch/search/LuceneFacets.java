package com.candidatesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiLongValuesSource;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

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

	/**
	 * How many of a sampled facet's likely top values (case and accents folded) are counted
	 * exactly: twice as many as the page shows, room enough for the order to change once counted.
	 */
	private static final int RECOUNTED = 2 * FacetCounts.SHOWN;

	private LuceneFacets() {
	}

	/**
	 * The values of every facet among the matching candidates, as {@link FacetCounts#read}
	 * takes them: up to {@code top} printed forms per terms facet, {@code from-to} per experience
	 * bucket, {@code true}/{@code false} for publications.
	 */
	static Counted count(IndexSnapshots.Snapshot snapshot, RandomSamplingFacetsCollector matching, int top,
			Analyzer normalizer) throws IOException {
		FacetsCollector all = new FacetsCollector() {

			@Override
			public List<MatchingDocs> getMatchingDocs() {
				return matching.getOriginalMatchingDocs();
			}

		};
		FacetsCollector sample = sample(matching);
		boolean sampled = size(sample) < size(all);
		Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			counts.put(facet, switch (facet) {
				case EXPERIENCE -> ranges(facet, all, experienceRanges());
				case PUBLICATIONS -> ranges(facet, all, PUBLICATIONS);
				default -> terms(snapshot, facet, all, sampled ? sample : null, top, normalizer);
			});
		}
		return new Counted(counts, sampled);
	}

	/**
	 * The top values of a terms facet with their counts among all matches. When there are too
	 * many matches to read every one's values, a sample of them names the likely top values and
	 * each of those is then counted exactly, by walking the candidates that have it in the
	 * facet's folded filter field (so every spelling the page merges into it counts, sampled or
	 * not) and keeping those that match: the list may miss a value that only a full count would
	 * have ranked, but no count shown is a guess. (Counts scaled up from the sample were off by a
	 * factor of three for employers and schools, whose values are each held by few candidates.)
	 * @param sample the sampled matches, or {@code null} when all matches are to be read
	 * @param normalizer the filter fields' normalizer, which folds a value as they hold it
	 */
	private static Map<String, Long> terms(IndexSnapshots.Snapshot snapshot, Facet facet, FacetsCollector all,
			FacetsCollector sample, int top, Analyzer normalizer) throws IOException {
		Optional<StringDocValuesReaderState> values = snapshot.values(facet.countedField());
		if (values.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> counts = labels(new StringValueFacetCounts(values.get(), sample == null ? all : sample)
			.getTopChildren(top, facet.countedField()));
		if (sample == null) {
			return counts;
		}
		// One entry per folded value, under its spelling most frequent in the sample.
		Map<BytesRef, String> likely = new TreeMap<>();
		for (String value : counts.keySet()) {
			if (likely.size() == RECOUNTED) {
				break;
			}
			likely.putIfAbsent(normalizer.normalize(facet.filterField(), value), value);
		}
		List<BytesRef> folded = List.copyOf(likely.keySet());
		long[] exact = matchesWith(all, facet.filterField(), folded);
		List<Map.Entry<String, Long>> recounted = new ArrayList<>();
		for (int i = 0; i < exact.length; i++) {
			recounted.add(Map.entry(likely.get(folded.get(i)), exact[i]));
		}
		recounted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
		Map<String, Long> sorted = new LinkedHashMap<>();
		recounted.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	/**
	 * How many of the matches have each value: its postings in each segment, intersected with
	 * the segment's matches. The values come sorted, so each segment's term dictionary is looked
	 * up in order and can reuse the blocks it read for the value before.
	 */
	private static long[] matchesWith(FacetsCollector all, String field, List<BytesRef> values) throws IOException {
		long[] counts = new long[values.size()];
		PostingsEnum postings = null;
		for (MatchingDocs docs : all.getMatchingDocs()) {
			Terms terms = docs.totalHits == 0 ? null : docs.context.reader().terms(field);
			if (terms == null) {
				continue;
			}
			TermsEnum dictionary = terms.iterator();
			for (int i = 0; i < counts.length; i++) {
				if (!dictionary.seekExact(values.get(i))) {
					continue;
				}
				postings = dictionary.postings(postings, PostingsEnum.NONE);
				DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(postings, docs.bits.iterator()));
				while (both.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
					counts[i]++;
				}
			}
		}
		return counts;
	}

	/**
	 * The sampled matches, each segment's with its own size. The sampling collector hands them
	 * out with the number of all the segment's matches, and {@link StringValueFacetCounts} picks
	 * its way of counting by that number: told of tens of thousands of hits, it counts into an
	 * array as long as the field has values and walks every value of every segment, so a sample
	 * of a few thousand cost as much as counting all matches.
	 */
	private static FacetsCollector sample(RandomSamplingFacetsCollector matching) throws IOException {
		List<MatchingDocs> sized = new ArrayList<>();
		for (MatchingDocs docs : matching.getMatchingDocs()) {
			sized.add(new MatchingDocs(docs.context, docs.bits, size(docs), null));
		}
		return new FacetsCollector() {

			@Override
			public List<MatchingDocs> getMatchingDocs() {
				return sized;
			}

		};
	}

	private static int size(MatchingDocs docs) throws IOException {
		int size = 0;
		DocIdSetIterator iterator = docs.bits.iterator();
		while (iterator != null && iterator.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
			size++;
		}
		return size;
	}

	private static long size(FacetsCollector collected) {
		return collected.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
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

	/**
	 * The facets of a search.
	 *
	 * @param facets per facet, its values and their counts among all matches
	 * @param sampled whether the values of terms facets were picked from a sample of the matches
	 */
	record Counted(Map<Facet, Map<String, Long>> facets, boolean sampled) {
	}

}

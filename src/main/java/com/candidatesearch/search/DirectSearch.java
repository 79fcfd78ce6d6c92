package com.candidatesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.candidatesearch.CandidateSearchProperties;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.springframework.stereotype.Component;

/**
 * Runs a search on the Lucene index itself when the backend is Lucene: one pass collects the
 * page's hits and the matching documents for the facets (a sample of them when there are many), and the page's passages are
 * highlighted together from the term vectors. Hibernate Search's own execution counts facets
 * and highlights per hit and per field in ways that made a search tens of times slower than
 * the index alone (see README, Benchmark). Hibernate Search still builds the query and the
 * sort, so both backends search alike; on Elasticsearch, {@link CandidateSearch} leaves the
 * whole search to Hibernate Search.
 */
@Component
class DirectSearch {

	/** Where Hibernate Search keeps each document's entity id; the search tests fail if that ever moves. */
	static final String ID_VALUES = "__HSEARCH_id_docvalue";

	private static final Set<String> STORED = Set.of("name", "label");

	/** The same search samples the same matches, so its facet values do not change between reloads. */
	private static final long SAMPLE_SEED = 20_261_122L;

	/** The longest stretch of a field passages are looked for in; resume text beyond it goes unmarked. */
	private static final int HIGHLIGHT_MAX_LENGTH = 30_000;

	private final IndexSnapshots snapshots;

	/**
	 * The likely top facet values are picked among at most this many matches, drawn at random,
	 * and then counted exactly (see {@link LuceneFacets}): reading the values of every match of a
	 * broad query over 100,000 candidates would take longer than the rest of the search. The page
	 * says when values were picked from a sample.
	 */
	private final int facetSample;

	DirectSearch(IndexSnapshots snapshots, CandidateSearchProperties properties) {
		this.snapshots = snapshots;
		this.facetSample = properties.search().facetSample();
	}

	boolean available() {
		return this.snapshots.available();
	}

	/**
	 * The hits from {@code offset}, at most {@code size}, the total and the facet counts.
	 * @param sort the order, or {@code null} for best matches first
	 */
	Outcome run(SearchPredicate where, SearchSort sort, int offset, int size) {
		Query query = LuceneMigrationUtils.toLuceneQuery(where);
		Sort order = sort == null ? null : LuceneMigrationUtils.toLuceneSort(sort);
		try (IndexSnapshots.Snapshot snapshot = this.snapshots.acquire()) {
			IndexSearcher searcher = snapshot.searcher();
			int wanted = offset + size;
			CollectorManager<?, ? extends TopDocs> top = order == null
					? new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE)
					: new TopFieldCollectorManager(order, wanted, Integer.MAX_VALUE);
			Object[] results = searcher.search(query,
					new MultiCollectorManager(top, RandomSamplingFacetsCollector.createManager(this.facetSample, SAMPLE_SEED)));
			TopDocs found = (TopDocs) results[0];
			RandomSamplingFacetsCollector matching = (RandomSamplingFacetsCollector) results[1];
			if (order != null) {
				TopFieldCollector.populateScores(found.scoreDocs, searcher, query);
			}
			long total = matching.getOriginalMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
			ScoreDoc[] page = Arrays.copyOfRange(found.scoreDocs, Math.min(offset, found.scoreDocs.length),
					found.scoreDocs.length);
			LuceneFacets.Counted facets = LuceneFacets.count(snapshot, matching, FacetCounts.COUNTED,
					this.snapshots.normalizer(Analyzers.NORMALIZED));
			return new Outcome(total, hits(snapshot, query, page), facets.facets(), facets.sampled());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<SearchHit> hits(IndexSnapshots.Snapshot snapshot, Query query, ScoreDoc[] page) throws IOException {
		IndexSearcher searcher = snapshot.searcher();
		int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
		Map<String, String[]> passages = snapshot.highlighter(this::highlighter).highlightFields(SearchHits.HIGHLIGHTED_PATHS, query,
				docs, filled(SearchHits.HIGHLIGHTED_PATHS.length, SearchHits.FRAGMENTS));
		StoredFields stored = searcher.storedFields();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			int at = i;
			Document document = stored.document(page[i].doc, STORED);
			hits.add(SearchHits.hit(id(leaves, page[i].doc), document.get("name"), document.get("label"),
					page[i].score, field -> Passages.split(passages.get(field)[at])));
		}
		return hits;
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher) {
		return UnifiedHighlighter.builder(searcher, this.snapshots.analyzer(Analyzers.TEXT))
			// Without the weight-matches mode, which rewrites and weighs the whole query again for
			// every field of every hit: the query's terms are taken once and looked up in each
			// hit's term vectors; phrases are still marked only where the phrase occurs.
			// (Set through the builder's switches: Lucene 9.12 ignores the builder's withFlags.)
			.withWeightMatches(false)
			.withPassageRelevancyOverSpeed(false)
			.withFormatter(new Passages())
			// A resume is written in lines; a passage is the line with the match, joined with its
			// neighbours while it is short of the fragment size.
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(new CustomSeparatorBreakIterator('\n'), SearchHits.FRAGMENT_SIZE, 0.5f))
			.withMaxLength(HIGHLIGHT_MAX_LENGTH)
			.withMaxNoHighlightPassages(0)
			.build();
	}

	private static long id(List<LeafReaderContext> leaves, int doc) throws IOException {
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		BinaryDocValues ids = leaf.reader().getBinaryDocValues(ID_VALUES);
		if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("index document " + doc + " has no candidate id");
		}
		return Long.parseLong(ids.binaryValue().utf8ToString());
	}

	private static int[] filled(int length, int value) {
		int[] values = new int[length];
		Arrays.fill(values, value);
		return values;
	}

	/**
	 * What a search found.
	 *
	 * @param total how many candidates match
	 * @param hits the page asked for
	 * @param facets per facet, its top values with their counts among all matches
	 * @param facetsEstimated whether the top values of terms were picked from a sample of the matches
	 */
	record Outcome(long total, List<SearchHit> hits, Map<Facet, Map<String, Long>> facets, boolean facetsEstimated) {
	}

}

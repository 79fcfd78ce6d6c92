package com.candidatesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.candidatesearch.candidate.Candidate;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

/**
 * Readers of the Lucene index for searches that run on Lucene directly (see
 * {@link DirectSearch}), with what is costly to compute per reader kept beside it: while no
 * segment changes, every search shares one reader and its per-field maps of facet values; a
 * write that changes a segment brings a new reader, and the old one closes when the last
 * search using it ends. On the Elasticsearch backend there is no such reader:
 * {@link #available()} is false.
 */
@Component
class IndexSnapshots {

	private final SearchMapping mapping;

	private final LuceneBackend backend;

	private Snapshot current;

	IndexSnapshots(EntityManagerFactory entityManagerFactory) {
		this.mapping = Search.mapping(entityManagerFactory);
		this.backend = luceneBackend(this.mapping);
	}

	private static LuceneBackend luceneBackend(SearchMapping mapping) {
		try {
			return mapping.backend().unwrap(LuceneBackend.class);
		}
		catch (SearchException ex) {
			return null;
		}
	}

	boolean available() {
		return this.backend != null;
	}

	/** The normalizer of that name as the index uses it. */
	Analyzer normalizer(String name) {
		return this.backend.normalizer(name)
			.orElseThrow(() -> new IllegalStateException("the index has no normalizer " + name));
	}

	/** The analyzer of that name as the index uses it. */
	Analyzer analyzer(String name) {
		return this.backend.analyzer(name)
			.orElseThrow(() -> new IllegalStateException("the index has no analyzer " + name));
	}

	/** The index as it is now; {@link Snapshot#close() close} it when done. */
	synchronized Snapshot acquire() {
		IndexReader fresh = this.mapping.scope(Candidate.class).extension(LuceneExtension.get()).openIndexReader();
		try {
			if (this.current != null && sameSegments(this.current.reader, fresh)) {
				fresh.close();
			}
			else {
				if (this.current != null) {
					this.current.reader.decRef();
				}
				this.current = new Snapshot(fresh);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.current.reader.incRef();
		return this.current;
	}

	private static boolean sameSegments(IndexReader kept, IndexReader fresh) {
		List<LeafReaderContext> keptLeaves = kept.leaves();
		List<LeafReaderContext> freshLeaves = fresh.leaves();
		if (keptLeaves.size() != freshLeaves.size()) {
			return false;
		}
		for (int i = 0; i < keptLeaves.size(); i++) {
			if (keptLeaves.get(i).reader() != freshLeaves.get(i).reader()) {
				return false;
			}
		}
		return true;
	}

	@PreDestroy
	synchronized void close() throws IOException {
		if (this.current != null) {
			this.current.reader.decRef();
			this.current = null;
		}
	}

	/**
	 * A reader of the index with its searcher, its highlighter and, per facet field, the map of
	 * its values across segments.
	 */
	static final class Snapshot implements AutoCloseable {

		private final IndexReader reader;

		private final IndexSearcher searcher;

		private final Map<String, Optional<StringDocValuesReaderState>> states = new ConcurrentHashMap<>();

		private volatile UnifiedHighlighter highlighter;

		private Snapshot(IndexReader reader) {
			this.reader = reader;
			this.searcher = new IndexSearcher(reader);
		}

		IndexReader reader() {
			return this.reader;
		}

		IndexSearcher searcher() {
			return this.searcher;
		}

		/**
		 * The highlighter of this reader, built by {@code build} on first use. A highlighter
		 * merges the field descriptions of every segment the first time it needs them, a few
		 * milliseconds at a hundred thousand candidates; kept with the reader, that happens once
		 * per reader rather than once per search.
		 */
		UnifiedHighlighter highlighter(Function<IndexSearcher, UnifiedHighlighter> build) {
			UnifiedHighlighter built = this.highlighter;
			if (built == null) {
				// Two searches may both build one on a fresh reader; either serves, as both are alike.
				built = build.apply(this.searcher);
				this.highlighter = built;
			}
			return built;
		}

		/** The values of a keyword field across segments, or empty while no document has the field. */
		Optional<StringDocValuesReaderState> values(String field) {
			return this.states.computeIfAbsent(field, this::newState);
		}

		private Optional<StringDocValuesReaderState> newState(String field) {
			boolean indexed = this.reader.leaves()
				.stream()
				.anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
			if (!indexed) {
				return Optional.empty();
			}
			try {
				return Optional.of(new StringDocValuesReaderState(this.reader, field));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.reader.decRef();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.candidatesearch.CandidateSearchProperties;
import com.candidatesearch.candidate.Candidate;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds candidates by the query language and facet filters, best matches first, with why they matched. */
@Service
@Transactional(readOnly = true)
public class CandidateSearch {

	static final int MAX_PAGE_SIZE = 100;

	static final int MAX_OFFSET = 10_000;

	private final EntityManager entityManager;

	private final Synonyms synonyms;

	private final DirectSearch direct;

	/** {@code candidate_search_search_seconds} for {@code /actuator/prometheus}. */
	private final MeterRegistry meters;

	CandidateSearch(EntityManager entityManager, CandidateSearchProperties properties, DirectSearch direct,
			MeterRegistry meters) {
		this.entityManager = entityManager;
		this.direct = direct;
		this.meters = meters;
		this.synonyms = Synonyms.load(properties.dataDir().resolve("synonyms.txt"));
	}

	/** A page of the candidates matching a query; a blank query lists everyone, newest first. */
	public SearchPage search(String query, int page, int size) {
		return search(SearchRequest.of(query, page, size));
	}

	public SearchPage search(SearchRequest request) {
		Timer.Sample sample = Timer.start(this.meters);
		try {
			return searchIndex(request);
		}
		finally {
			// "browse" lists everyone (a blank query), "query" searches; both with any filters.
			sample.stop(Timer.builder("candidate_search.search")
				.description("Time to answer one search, facets and highlights included")
				.tag("kind", request.query() == null || request.query().isBlank() ? "browse" : "query")
				.register(this.meters));
		}
	}

	private SearchPage searchIndex(SearchRequest request) {
		int pageSize = Math.max(1, Math.min(request.size(), MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, Math.min(request.page(), MAX_OFFSET / pageSize - 1));
		QueryParser.Parsed parsed = QueryParser.parse(request.query());
		List<String> expansions = new ArrayList<>();
		SearchSession session = Search.session(this.entityManager);
		SearchScope<Candidate> scope = session.scope(Candidate.class);
		SearchPredicateFactory f = scope.predicate();
		var all = f.bool().must(query(f, parsed, expansions));
		request.filters().forEach((facet, values) -> values.forEach(value -> all.filter(filter(f, facet, value))));
		SearchPredicate where = all.toPredicate();
		SearchSort order = switch (request.sort()) {
			case EXPERIENCE -> scope.sort().field("experienceYears").desc().then().score().toSort();
			case RECENT -> scope.sort().field("facts.lastActivity").desc().then().score().toSort();
			case RELEVANCE -> parsed.node() == null ? scope.sort().field("createdAt").desc().toSort() : null;
		};
		int offset = pageNumber * pageSize;
		if (this.direct.available()) {
			DirectSearch.Outcome outcome = this.direct.run(where, order, offset, pageSize);
			return page(request, parsed, outcome.total(), pageNumber, pageSize, outcome.hits(), expansions,
					outcome.facets(), outcome.facetsEstimated());
		}
		var step = session.search(scope).select(p -> p.composite().from(SearchHits.projections(p)).asList()).where(where);
		FacetCounts.request(step);
		SearchResult<List<?>> result = step.sort(order == null ? scope.sort().score().toSort() : order)
			// Only the Elasticsearch/OpenSearch backend comes here. OpenSearch 3 (Lucene 10) fails every
			// search whose query holds a numeric range (experience:>=3, the experience filter) with the
			// plain highlighter (UnsupportedOperationException in WeightedSpanTermExtractor); the
			// unified one does not.
			.highlighter(h -> h.unified()
				.tag(Highlight.START, Highlight.END)
				.fragmentSize(SearchHits.FRAGMENT_SIZE)
				.numberOfFragments(SearchHits.FRAGMENTS))
			.fetch(offset, pageSize);
		return page(request, parsed, result.total().hitCountLowerBound(), pageNumber, pageSize,
				result.hits().stream().map(SearchHits::toHit).toList(), expansions, FacetCounts.counted(result), false);
	}

	private static SearchPage page(SearchRequest request, QueryParser.Parsed parsed, long total, int pageNumber,
			int pageSize, List<SearchHit> hits, List<String> expansions, Map<Facet, Map<String, Long>> counted,
			boolean facetsEstimated) {
		String notice = parsed.notices().isEmpty() ? null : String.join(" ", parsed.notices());
		return new SearchPage(request.query(), total, pageNumber, pageSize, hits, notice, expansions,
				FacetCounts.read(counted, request.filters()), request, facetsEstimated);
	}

	private PredicateFinalStep query(SearchPredicateFactory f, QueryParser.Parsed parsed, List<String> expansions) {
		if (parsed.node() == null) {
			return f.matchAll();
		}
		PredicateBuilder builder = new PredicateBuilder(f, this.synonyms);
		PredicateFinalStep predicate = builder.build(parsed.node());
		expansions.addAll(builder.expansions());
		return predicate;
	}

	private static PredicateFinalStep filter(SearchPredicateFactory f, Facet facet, String value) {
		if (facet == Facet.EXPERIENCE) {
			int[] bucket = ExperienceBucket.parse(value);
			return f.range().field(facet.filterField()).between(bucket[0], bucket[1]);
		}
		if (facet == Facet.PUBLICATIONS) {
			return f.match().field(facet.filterField()).matching(Boolean.parseBoolean(value));
		}
		return f.match().field(facet.filterField()).matching(value);
	}


}

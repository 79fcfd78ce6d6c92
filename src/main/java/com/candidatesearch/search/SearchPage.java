package com.candidatesearch.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param query the query as typed
 * @param total how many candidates match in all
 * @param page the page number, from 0
 * @param size the page size
 * @param hits the candidates on this page, best first
 * @param notice what the search made of a query it had to repair or simplify, or {@code null}
 * @param expansions which synonyms widened the query, e.g. "skill:js also matched JavaScript"
 * @param facets the values of each facet among all matching candidates, with counts
 * @param request what was asked, filters and order included
 * @param facetsEstimated whether the facet values were picked from a sample of many matches
 */
public record SearchPage(String query, long total, int page, int size, List<SearchHit> hits, String notice,
		List<String> expansions, Map<Facet, List<FacetValue>> facets, SearchRequest request, boolean facetsEstimated) {

	public SearchPage {
		hits = List.copyOf(hits);
		expansions = expansions == null ? List.of() : List.copyOf(expansions);
		facets = facets == null ? Map.of() : Map.copyOf(facets);
		request = request == null ? SearchRequest.of(query, page, size) : request;
	}

	public SearchPage(String query, long total, int page, int size, List<SearchHit> hits, String notice) {
		this(query, total, page, size, hits, notice, List.of(), Map.of(), null, false);
	}

	public int pageCount() {
		return (int) Math.min(Integer.MAX_VALUE, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pageCount();
	}

}

package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.search.SearchRequest.SortOrder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search as its address holds it, {@code /search?q=…&skill=Python&employer=Google&sort=recent&page=2},
 * so a search with its filters can be bookmarked and shared. Pages count from 1 here, as people count them.
 */
final class SearchParameters {

	private SearchParameters() {
	}

	/** The request an address asks for; unknown parameters are ignored. */
	static SearchRequest read(MultiValueMap<String, String> params, int pageFromOne, int size) {
		Map<Facet, List<String>> filters = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			List<String> values = params.get(facet.parameter());
			if (values != null) {
				filters.put(facet, values);
			}
		}
		return new SearchRequest(params.getFirst("q"), filters, SortOrder.named(params.getFirst("sort")),
				Math.max(pageFromOne, 1) - 1, size);
	}

	/** The address of this search on another page, in another order, or with other filters. */
	static String href(String path, String query, Map<Facet, List<String>> filters, SortOrder sort, int pageFromOne) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (query != null && !query.isBlank()) {
			uri.queryParam("q", query);
		}
		filters.forEach((facet, values) -> values.forEach(value -> uri.queryParam(facet.parameter(), value)));
		if (sort != SortOrder.RELEVANCE) {
			uri.queryParam("sort", sort.parameter());
		}
		if (pageFromOne > 1) {
			uri.queryParam("page", pageFromOne);
		}
		return uri.encode().build().toUriString();
	}

	/** The filters with one value added, or taken away when it is already there. */
	static Map<Facet, List<String>> toggled(Map<Facet, List<String>> filters, Facet facet, String value) {
		Map<Facet, List<String>> copy = new LinkedHashMap<>();
		filters.forEach((f, values) -> copy.put(f, new ArrayList<>(values)));
		List<String> values = copy.computeIfAbsent(facet, f -> new ArrayList<>());
		if (!values.removeIf(v -> FacetCounts.fold(v).equals(FacetCounts.fold(value)))) {
			values.add(value);
		}
		if (values.isEmpty()) {
			copy.remove(facet);
		}
		return copy;
	}

}

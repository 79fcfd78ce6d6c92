package com.candidatesearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a recruiter asks the search for.
 *
 * @param query the query as typed
 * @param filters chosen facet values; a candidate must have every one
 * @param sort the order of the hits
 * @param page the page number, from 0
 * @param size the page size
 */
public record SearchRequest(String query, Map<Facet, List<String>> filters, SortOrder sort, int page, int size) {

	/** How many values one facet may filter on at once. */
	static final int MAX_VALUES = 10;

	public SearchRequest {
		query = query == null ? "" : query;
		Map<Facet, List<String>> kept = new LinkedHashMap<>();
		if (filters != null) {
			filters.forEach((facet, values) -> {
				List<String> clean = values.stream()
					.filter(value -> value != null && !value.isBlank())
					.map(String::strip)
					.distinct()
					.limit(MAX_VALUES)
					.toList();
				if (!clean.isEmpty()) {
					kept.put(facet, clean);
				}
			});
		}
		filters = Collections.unmodifiableMap(kept);
		sort = sort == null ? SortOrder.RELEVANCE : sort;
	}

	public static SearchRequest of(String query, int page, int size) {
		return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, page, size);
	}

	/** The order of the hits. */
	public enum SortOrder {

		RELEVANCE, EXPERIENCE, RECENT;

		public String parameter() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** The order a URL names, relevance when it names none or an unknown one. */
		public static SortOrder named(String parameter) {
			for (SortOrder order : values()) {
				if (order.parameter().equalsIgnoreCase(parameter == null ? "" : parameter.strip())) {
					return order;
				}
			}
			return RELEVANCE;
		}

	}

}

package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.candidatesearch.search.SearchRequest.SortOrder;

/**
 * The filters beside the results: each facet's values as links that add or remove the value,
 * the filters in force with a link to drop each, and the orders to sort by.
 *
 * @param facets the facets with at least one value
 * @param active the filters in force
 * @param sorts the orders, the current one marked
 * @param estimated whether the values listed were picked from a sample of the matches
 */
record FacetPanel(List<Group> facets, List<Link> active, List<Link> sorts, boolean estimated) {

	static final String PATH = "/search";

	static FacetPanel of(SearchPage page) {
		SearchRequest request = page.request();
		List<Group> groups = new ArrayList<>();
		List<Link> active = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			List<FacetValue> values = page.facets().getOrDefault(facet, List.of());
			List<Link> links = values.stream()
				.map(value -> new Link(value.label(), value.count(), value.selected(), toggle(request, facet, value.value())))
				.toList();
			if (!links.isEmpty()) {
				groups.add(new Group(facet.label(), facet.parameter(), links));
			}
			for (String value : request.filters().getOrDefault(facet, List.of())) {
				active.add(new Link(facet.label() + ": " + facet.display(value), -1, true, toggle(request, facet, value)));
			}
		}
		List<Link> sorts = new ArrayList<>();
		for (SortOrder order : SortOrder.values()) {
			sorts.add(new Link(label(order), -1, order == request.sort(),
					SearchParameters.href(PATH, request.query(), request.filters(), order, 1)));
		}
		return new FacetPanel(groups, active, sorts, page.facetsEstimated());
	}

	/** The address of the given page of this search. */
	static String pageHref(SearchRequest request, int pageFromOne) {
		return SearchParameters.href(PATH, request.query(), request.filters(), request.sort(), pageFromOne);
	}

	private static String toggle(SearchRequest request, Facet facet, String value) {
		Map<Facet, List<String>> filters = SearchParameters.toggled(request.filters(), facet, value);
		return SearchParameters.href(PATH, request.query(), filters, request.sort(), 1);
	}

	private static String label(SortOrder order) {
		return switch (order) {
			case RELEVANCE -> "Best match";
			case EXPERIENCE -> "Most experienced";
			case RECENT -> "Most recent activity";
		};
	}

	/**
	 * One facet.
	 *
	 * @param label its name on the page
	 * @param parameter its URL parameter
	 * @param values its values
	 */
	record Group(String label, String parameter, List<Link> values) {
	}

	/**
	 * A link that changes the search.
	 *
	 * @param label what it says
	 * @param count how many candidates it leads to, or -1 when that is not counted
	 * @param selected whether it is in force
	 * @param href where it goes
	 */
	record Link(String label, long count, boolean selected, String href) {

		public boolean counted() {
			return this.count >= 0;
		}

	}

}

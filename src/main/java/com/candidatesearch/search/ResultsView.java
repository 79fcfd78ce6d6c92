package com.candidatesearch.search;

import java.util.List;
import java.util.Map;

import com.candidatesearch.candidate.CandidateCard;

/**
 * The search page: what was asked, how many match, and each hit with the facts a recruiter scans.
 *
 * @param query the query as typed
 * @param total how many candidates match
 * @param summary the count in words, e.g. "3 candidates match “python”"
 * @param notice what the search made of a query it simplified, or {@code null}
 * @param expansions which synonyms widened the query
 * @param firstRank the rank of the first hit on this page, from 1
 * @param rows the hits on this page
 * @param pages the links to other pages
 * @param panel the facets, filters in force and sort orders
 * @param request what was asked, for the links to other pages
 */
record ResultsView(String query, long total, String summary, String notice, List<String> expansions, int firstRank,
		List<Row> rows, Pagination pages, FacetPanel panel, SearchRequest request) {

	static ResultsView of(SearchPage page, Map<Long, CandidateCard> cards) {
		List<Row> rows = page.hits().stream().map(hit -> Row.of(hit, cards.get(hit.id()))).toList();
		int last = Math.min(page.pageCount(), CandidateSearch.MAX_OFFSET / page.size() + 1);
		return new ResultsView(page.query(), page.total(), summary(page), page.notice(), page.expansions(),
				page.page() * page.size() + 1, rows, Pagination.of(page.page() + 1, last), FacetPanel.of(page),
				page.request());
	}

	public boolean blankQuery() {
		return this.query.isBlank();
	}

	/** The address of another page of this search, filters and order kept. */
	public String pageHref(int pageFromOne) {
		return FacetPanel.pageHref(this.request, pageFromOne);
	}

	private static String summary(SearchPage page) {
		String count = page.total() == 1 ? "1 candidate" : page.total() + " candidates";
		if (page.query().isBlank()) {
			return page.total() == 0 ? "No candidates yet." : count + ", newest first";
		}
		String quoted = "\u201C" + page.query().strip() + "\u201D";
		if (page.total() == 0) {
			return "No candidate matches " + quoted + ".";
		}
		return count + (page.total() == 1 ? " matches " : " match ") + quoted + ", best first";
	}

	/**
	 * A hit.
	 *
	 * @param id the candidate's id
	 * @param name the name to show
	 * @param label the headline, or {@code null}
	 * @param role the current or latest job, e.g. "Research Scientist at NVIDIA", or {@code null}
	 * @param highlights why it matched
	 * @param skills the first skills listed
	 */
	record Row(long id, String name, String label, String role, List<Highlight> highlights, List<String> skills) {

		static Row of(SearchHit hit, CandidateCard card) {
			String name = hit.name() != null ? hit.name() : "Candidate " + hit.id();
			if (card == null) {
				return new Row(hit.id(), name, hit.label(), null, hit.highlights(), List.of());
			}
			return new Row(hit.id(), name, hit.label(), role(card), hit.highlights(), card.skillLabels());
		}

		private static String role(CandidateCard card) {
			if (card.position() != null && card.employer() != null) {
				return card.position() + " at " + card.employer();
			}
			return card.position() != null ? card.position() : card.employer();
		}

	}

}

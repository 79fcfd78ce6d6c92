package com.candidatesearch.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param query the query as typed
 * @param total how many candidates match in all
 * @param page the page number, from 0
 * @param size the page size
 * @param hits the candidates on this page, best first
 * @param notice what the search made of a query it had to simplify, or {@code null}
 */
public record SearchPage(String query, long total, int page, int size, List<SearchHit> hits, String notice) {

	public SearchPage {
		hits = List.copyOf(hits);
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

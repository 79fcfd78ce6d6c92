package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The page links under a result list, numbered from 1 as people count: the first and last
 * pages, a few around the current one, and gaps between.
 *
 * @param current the page shown
 * @param previous the page before, or {@code null} on the first
 * @param next the page after, or {@code null} on the last
 * @param links the numbered links in order, a gap where {@link Item#number()} is {@code null}
 */
record Pagination(int current, Integer previous, Integer next, List<Item> links) {

	private static final int AROUND = 2;

	/** Pages 1 to {@code last}; one page or none needs no links. */
	static Pagination of(int current, int last) {
		List<Item> links = new ArrayList<>();
		if (last > 1) {
			TreeSet<Integer> numbers = new TreeSet<>(List.of(1, last));
			for (int number = Math.max(1, current - AROUND); number <= Math.min(last, current + AROUND); number++) {
				numbers.add(number);
			}
			int before = 0;
			for (int number : numbers) {
				if (number > before + 1) {
					links.add(new Item(null, false));
				}
				links.add(new Item(number, number == current));
				before = number;
			}
		}
		Integer previous = (current > 1 && last > 0) ? Math.min(current - 1, last) : null;
		return new Pagination(current, previous, current < last ? current + 1 : null, links);
	}

	public boolean needed() {
		return !this.links.isEmpty();
	}

	/**
	 * A page link.
	 *
	 * @param number the page, or {@code null} for a gap
	 * @param current whether it is the page shown
	 */
	record Item(Integer number, boolean current) {
	}

}

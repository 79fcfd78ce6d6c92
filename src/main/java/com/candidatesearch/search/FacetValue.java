package com.candidatesearch.search;

/**
 * One value of a facet and how many of the matching candidates have it.
 *
 * @param value the value as a filter takes it
 * @param label the value as the page shows it
 * @param count how many matching candidates have it
 * @param selected whether the search is already filtered on it
 */
public record FacetValue(String value, String label, long count, boolean selected) {
}

package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/** What each hit brings back from the index, and how it becomes a {@link SearchHit}. */
final class SearchHits {

	private static final int HIGHLIGHTS_PER_HIT = 4;

	/** Passages per field, and about how long each is, in characters. */
	static final int FRAGMENTS = 2;

	static final int FRAGMENT_SIZE = 160;

	private static final List<SearchField> HIGHLIGHTED = SearchField.ALL.stream()
		.filter(SearchField::highlighted)
		.toList();

	static final String[] HIGHLIGHTED_PATHS = HIGHLIGHTED.stream().map(SearchField::path).toArray(String[]::new);

	private static final List<String> HIGHLIGHTED_PATH_LIST = List.of(HIGHLIGHTED_PATHS);

	private SearchHits() {
	}

	static SearchProjection<?>[] projections(SearchProjectionFactory<?, ?> f) {
		List<SearchProjection<?>> projections = new ArrayList<>();
		projections.add(f.id(Long.class).toProjection());
		projections.add(f.score().toProjection());
		projections.add(f.field("name", String.class).toProjection());
		projections.add(f.field("label", String.class).toProjection());
		for (SearchField field : HIGHLIGHTED) {
			projections.add(f.highlight(field.path()).toProjection());
		}
		return projections.toArray(SearchProjection<?>[]::new);
	}

	static SearchHit toHit(List<?> row) {
		return hit((Long) row.get(0), (String) row.get(2), (String) row.get(3), (Float) row.get(1),
				field -> (List<?>) row.get(4 + HIGHLIGHTED_PATH_LIST.indexOf(field)));
	}

	/**
	 * A hit with at most {@value #HIGHLIGHTS_PER_HIT} passages, taken field by field in the
	 * order of {@link SearchField#ALL}, each passage once.
	 * @param passages the passages of a highlighted field, by its path
	 */
	static SearchHit hit(long id, String name, String label, Float score, Function<String, List<?>> passages) {
		List<Highlight> highlights = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < HIGHLIGHTED.size() && highlights.size() < HIGHLIGHTS_PER_HIT; i++) {
			SearchField field = HIGHLIGHTED.get(i);
			for (Object fragment : passages.apply(field.path())) {
				String marked = fragment.toString().strip();
				if (seen.add(marked) && highlights.size() < HIGHLIGHTS_PER_HIT) {
					highlights.add(new Highlight(field.path(), field.label(), marked));
				}
			}
		}
		return new SearchHit(id, name, label, score == null || score.isNaN() ? 0f : score, highlights);
	}

}

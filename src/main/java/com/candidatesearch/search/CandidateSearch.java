package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.candidatesearch.CandidateSearchProperties;
import com.candidatesearch.candidate.Candidate;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds candidates by free words over the whole profile, best matches first, with why they matched. */
@Service
public class CandidateSearch {

	static final int MAX_PAGE_SIZE = 100;

	static final int MAX_OFFSET = 10_000;

	private static final int HIGHLIGHTS_PER_HIT = 4;

	private static final List<SearchField> HIGHLIGHTED = SearchField.ALL.stream()
		.filter(SearchField::highlighted)
		.toList();

	private final EntityManager entityManager;

	private final Synonyms synonyms;

	CandidateSearch(EntityManager entityManager, CandidateSearchProperties properties) {
		this.entityManager = entityManager;
		this.synonyms = Synonyms.load(properties.dataDir().resolve("synonyms.txt"));
	}

	/** A page of the candidates matching a query; a blank query lists everyone, newest first. */
	@Transactional(readOnly = true)
	public SearchPage search(String query, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, Math.min(page, MAX_OFFSET / pageSize));
		QueryParser.Parsed parsed = QueryParser.parse(query);
		List<String> expansions = new ArrayList<>();
		SearchSession session = Search.session(this.entityManager);
		SearchResult<List<?>> result = session.search(Candidate.class)
			.select(f -> f.composite().from(projections(f)).asList())
			.where(f -> {
				if (parsed.node() == null) {
					return f.matchAll();
				}
				PredicateBuilder builder = new PredicateBuilder(f, this.synonyms);
				PredicateFinalStep predicate = builder.build(parsed.node());
				expansions.addAll(builder.expansions());
				return predicate;
			})
			.sort(f -> parsed.node() == null ? f.field("createdAt").desc() : f.score())
			.highlighter(h -> h.plain().tag(Highlight.START, Highlight.END).fragmentSize(160).numberOfFragments(2))
			.fetch(pageNumber * pageSize, pageSize);
		List<SearchHit> hits = result.hits().stream().map(CandidateSearch::toHit).toList();
		String notice = parsed.notices().isEmpty() ? null : String.join(" ", parsed.notices());
		return new SearchPage(query == null ? "" : query, result.total().hitCountLowerBound(), pageNumber, pageSize,
				hits, notice, expansions);
	}

	private static SearchProjection<?>[] projections(SearchProjectionFactory<?, ?> f) {
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

	private static SearchHit toHit(List<?> row) {
		List<Highlight> highlights = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < HIGHLIGHTED.size() && highlights.size() < HIGHLIGHTS_PER_HIT; i++) {
			SearchField field = HIGHLIGHTED.get(i);
			for (Object fragment : (List<?>) row.get(4 + i)) {
				String marked = fragment.toString().strip();
				if (seen.add(marked) && highlights.size() < HIGHLIGHTS_PER_HIT) {
					highlights.add(new Highlight(field.path(), field.label(), marked));
				}
			}
		}
		return new SearchHit((Long) row.get(0), (String) row.get(2), (String) row.get(3), (Float) row.get(1),
				highlights);
	}

}

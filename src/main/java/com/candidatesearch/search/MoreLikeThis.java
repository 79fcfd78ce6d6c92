package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.candidatesearch.candidate.Candidate;
import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.candidate.SimilarCandidates;
import com.candidatesearch.parse.ParsedResume;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates like a given one: those sharing most of its skills, job titles and publication
 * venues, weighted as a search for them would weigh them. Built from the profile's own fields
 * rather than Lucene's MoreLikeThis so it runs alike on the Lucene and the OpenSearch backend.
 */
@Service
@Transactional(readOnly = true)
class MoreLikeThis implements SimilarCandidates {

	private static final int MAX_SKILLS = 40;

	private static final int MAX_TITLES = 6;

	private static final int MAX_VENUES = 10;

	private final EntityManager entityManager;

	private final CandidateService candidates;

	MoreLikeThis(EntityManager entityManager, CandidateService candidates) {
		this.entityManager = entityManager;
		this.candidates = candidates;
	}

	@Override
	public List<Similar> similarTo(long id, int limit) {
		Optional<ParsedResume> found = this.candidates.export(id);
		if (found.isEmpty()) {
			return List.of();
		}
		ParsedResume resume = found.get();
		Set<String> skills = distinct(resume.allSkills(), MAX_SKILLS);
		Set<String> titles = distinct(resume.work().stream().map(ParsedResume.Work::position).toList(), MAX_TITLES);
		if (resume.basics().label() != null) {
			titles.add(resume.basics().label());
		}
		Set<String> venues = distinct(resume.publications().stream().map(ParsedResume.Publication::publisher).toList(),
				MAX_VENUES);
		if (skills.isEmpty() && titles.isEmpty() && venues.isEmpty()) {
			return List.of();
		}
		List<List<?>> rows = Search.session(this.entityManager)
			.search(Candidate.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field("name", String.class), f.field("label", String.class),
						f.field("skills.keywords", String.class).list(), f.field("work.title", String.class).list())
				.asList())
			.where(f -> {
				var like = f.bool();
				skills.forEach(skill -> like.should(f.match().field("skills.keywords").matching(skill).boost(2f)));
				titles.forEach(title -> like.should(f.match().field("work.title").field("label").matching(title)));
				venues.forEach(venue -> like.should(f.match().field("publications.venue").matching(venue).boost(0.5f)));
				return f.bool().must(like).mustNot(f.id().matching(id));
			})
			.fetchHits(Math.max(1, Math.min(limit, 20)));
		List<Similar> similar = new ArrayList<>();
		for (List<?> row : rows) {
			similar.add(new Similar((Long) row.get(0), (String) row.get(1), (String) row.get(2),
					reasons(skills, titles, (List<?>) row.get(3), (List<?>) row.get(4))));
		}
		return similar;
	}

	/** What the two share: skills first, then titles, as printed on the other candidate's resume. */
	private static List<String> reasons(Set<String> skills, Set<String> titles, List<?> theirSkills,
			List<?> theirTitles) {
		Set<String> mine = new LinkedHashSet<>();
		skills.forEach(skill -> mine.add(FacetCounts.fold(skill)));
		titles.forEach(title -> mine.add(FacetCounts.fold(title)));
		Set<String> shared = new LinkedHashSet<>();
		for (Object value : theirSkills) {
			if (mine.contains(FacetCounts.fold(value.toString()))) {
				shared.add(value.toString());
			}
		}
		for (Object value : theirTitles) {
			if (value != null && mine.contains(FacetCounts.fold(value.toString()))) {
				shared.add(value.toString());
			}
		}
		return shared.stream().limit(8).toList();
	}

	private static Set<String> distinct(List<String> values, int max) {
		Set<String> seen = new LinkedHashSet<>();
		Set<String> kept = new LinkedHashSet<>();
		for (String value : values) {
			if (value != null && !value.isBlank() && seen.add(value.toLowerCase(Locale.ROOT)) && kept.size() < max) {
				kept.add(value);
			}
		}
		return kept;
	}

}

package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.candidatesearch.search.QueryNode.All;
import com.candidatesearch.search.QueryNode.Any;
import com.candidatesearch.search.QueryNode.Not;
import com.candidatesearch.search.QueryNode.Phrase;
import com.candidatesearch.search.QueryNode.Range;
import com.candidatesearch.search.QueryNode.Word;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Turns an understood query into a Hibernate Search predicate: each word is looked for in the
 * fields of its scope, weighted by {@link SearchField}, and widened to its synonyms. Records
 * which synonyms it used, so the page can say what else a word matched.
 */
final class PredicateBuilder {

	/** Short acronyms ("ML", "CV") mean many things in running text, so they are matched only in these fields. */
	private static final List<String> ACRONYM_FIELDS = List.of("skills.keywords", "work.title", "label",
			"education.studyType", "education.area", "publications.venue", "certificates.name");

	private static final Map<Scope, List<String>> SCOPED_FIELDS = Map.ofEntries(
			Map.entry(Scope.SKILL, List.of("skills.keywords")), Map.entry(Scope.TITLE, List.of("work.title", "label")),
			Map.entry(Scope.EMPLOYER, List.of("work.organization")),
			Map.entry(Scope.SCHOOL, List.of("education.institution")),
			Map.entry(Scope.DEGREE, List.of("education.studyType", "education.area")),
			Map.entry(Scope.PUBLICATION, List.of("publications.title")),
			Map.entry(Scope.VENUE, List.of("publications.venue")),
			Map.entry(Scope.AUTHOR, List.of("publications.authors")), Map.entry(Scope.NAME, List.of("name")),
			Map.entry(Scope.LOCATION, List.of("city", "region")),
			Map.entry(Scope.LANGUAGE, List.of("languages.language")),
			Map.entry(Scope.CERTIFICATE, List.of("certificates.name")));

	static final String SKILL_YEARS = "facts.skillYears";

	static final String RECENT_TEXT = "facts.recentText";

	static final float RECENCY_BOOST = 1.5f;

	private static final Set<Scope> RECENCY_SCOPES = Set.of(Scope.ANYWHERE, Scope.SKILL, Scope.TITLE);

	private final SearchPredicateFactory f;

	private final Synonyms synonyms;

	private final Set<String> expansions = new LinkedHashSet<>();

	PredicateBuilder(SearchPredicateFactory f, Synonyms synonyms) {
		this.f = f;
		this.synonyms = synonyms;
	}

	/** What synonyms widened the query, e.g. "skill:js also matched JavaScript, ECMAScript". */
	List<String> expansions() {
		return List.copyOf(this.expansions);
	}

	PredicateFinalStep build(QueryNode node) {
		if (node instanceof Word word) {
			return text(word.scope(), word.text(), word.prefix(), false);
		}
		if (node instanceof Phrase phrase) {
			return text(phrase.scope(), phrase.text(), false, true);
		}
		if (node instanceof Range range) {
			return range(range);
		}
		if (node instanceof Not not) {
			return this.f.bool().must(this.f.matchAll()).mustNot(build(not.part()));
		}
		var bool = this.f.bool();
		if (node instanceof All all) {
			List<QueryNode> skills = all.parts().stream().filter(PredicateBuilder::isSkill).toList();
			for (QueryNode part : all.parts()) {
				if (part instanceof Range range && range.scope() == Scope.EXPERIENCE && !skills.isEmpty()) {
					skills.forEach(skill -> bool.filter(skillYears(skill, range)));
				}
				else {
					addRequired(bool, part);
				}
			}
		}
		else {
			((Any) node).parts().forEach(part -> bool.should(build(part)));
		}
		return bool;
	}

	private void addRequired(BooleanPredicateClausesStep<?, ?> bool, QueryNode part) {
		if (part instanceof Not not) {
			bool.mustNot(build(not.part()));
		}
		else if (part instanceof Range) {
			bool.filter(build(part));
		}
		else {
			bool.must(build(part));
		}
	}

	/**
	 * {@code skill:X experience:>=N} asks for N years with X, not N years in all: the index
	 * holds one term per year with each skill ({@code x#1} … {@code x#N}).
	 */
	private PredicateFinalStep skillYears(QueryNode skill, Range range) {
		String text = skill instanceof Word word ? word.text() : ((Phrase) skill).text();
		List<String> keys = new ArrayList<>();
		keys.add(Synonyms.key(text));
		this.synonyms.alternativesOf(text).forEach(alternative -> keys.add(Synonyms.key(alternative)));
		var bool = this.f.bool().must(build(skill));
		if (range.min() != null && range.min() > 0) {
			bool.filter(anyTerm(keys, range.min()));
		}
		if (range.max() != null) {
			bool.mustNot(anyTerm(keys, range.max() + 1));
		}
		return bool;
	}

	private PredicateFinalStep anyTerm(List<String> keys, int years) {
		var any = this.f.bool();
		keys.forEach(key -> any.should(this.f.match().field(SKILL_YEARS).matching(key + "#" + years)));
		return any;
	}

	private static boolean isSkill(QueryNode node) {
		return (node instanceof Word word && word.scope() == Scope.SKILL && !word.prefix())
				|| (node instanceof Phrase phrase && phrase.scope() == Scope.SKILL);
	}

	private PredicateFinalStep text(Scope scope, String text, boolean prefix, boolean phrase) {
		PredicateFinalStep matched = matching(scope, text, prefix, phrase);
		if (prefix || !RECENCY_SCOPES.contains(scope)) {
			return matched;
		}
		// Matching what the current and recent jobs say adds to the score only: a skill in use
		// now ranks above the same skill last used years ago.
		PredicateFinalStep recent = phrase || text.contains(" ")
				? this.f.phrase().field(RECENT_TEXT).matching(text).boost(RECENCY_BOOST)
				: this.f.match().field(RECENT_TEXT).matching(text).boost(RECENCY_BOOST);
		return this.f.bool().must(matched).should(recent);
	}

	private PredicateFinalStep matching(Scope scope, String text, boolean prefix, boolean phrase) {
		List<SearchField> fields = fields(scope);
		List<String> alternatives = prefix ? List.of() : this.synonyms.alternativesOf(text);
		PredicateFinalStep typed = fieldsMatching(fields, text, prefix, phrase || text.contains(" "));
		if (alternatives.isEmpty()) {
			return typed;
		}
		this.expansions.add((scope == Scope.ANYWHERE ? "" : scope.display() + ":") + text + " also matched "
				+ String.join(", ", alternatives));
		var any = this.f.bool().should(typed);
		for (String alternative : alternatives) {
			List<SearchField> where = isAcronym(alternative) && !isAcronym(text) ? acronymFields(fields) : fields;
			if (!where.isEmpty()) {
				any.should(fieldsMatching(where, alternative, false, alternative.contains(" ")));
			}
		}
		return any;
	}

	private PredicateFinalStep fieldsMatching(List<SearchField> fields, String text, boolean prefix, boolean phrase) {
		var any = this.f.bool();
		for (SearchField field : fields) {
			if (prefix) {
				any.should(this.f.prefix().field(field.path()).matching(text.toLowerCase(Locale.ROOT)).boost(field.boost()));
			}
			else if (phrase) {
				any.should(this.f.phrase().field(field.path()).matching(text).boost(field.boost()));
			}
			else {
				any.should(this.f.match().field(field.path()).matching(text).minimumShouldMatchPercent(100)
					.boost(field.boost()));
			}
		}
		return any;
	}

	private PredicateFinalStep range(Range range) {
		String field = range.scope() == Scope.EXPERIENCE ? "experienceYears" : "publications.year";
		var step = this.f.range().field(field);
		if (range.min() != null && range.max() != null) {
			return step.between(range.min(), range.max());
		}
		return range.min() != null ? step.atLeast(range.min()) : step.atMost(range.max());
	}

	static List<SearchField> fields(Scope scope) {
		if (scope == Scope.ANYWHERE) {
			return SearchField.ALL;
		}
		List<String> paths = SCOPED_FIELDS.getOrDefault(scope, List.of());
		List<SearchField> fields = new ArrayList<>();
		for (SearchField field : SearchField.ALL) {
			if (paths.contains(field.path())) {
				fields.add(field);
			}
		}
		return fields;
	}

	static List<SearchField> acronymFields(List<SearchField> fields) {
		return fields.stream().filter(field -> ACRONYM_FIELDS.contains(field.path())).toList();
	}

	static boolean isAcronym(String term) {
		return term.length() <= 3 && term.chars().allMatch(Character::isLetter);
	}

}

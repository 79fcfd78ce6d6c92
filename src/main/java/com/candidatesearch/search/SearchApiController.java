package com.candidatesearch.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.candidate.SimilarCandidates;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&page=&size=&sort=} plus facet filters ({@code skill=}, {@code employer=},
 * {@code school=}, {@code degree=}, {@code location=}, {@code language=}, {@code venue=},
 * {@code experience=3-5}, {@code publications=true}): the search as JSON.
 */
@RestController
class SearchApiController {

	private final CandidateSearch search;

	private final SimilarCandidates similar;

	SearchApiController(CandidateSearch search, SimilarCandidates similar) {
		this.search = search;
		this.similar = similar;
	}

	/** The candidates most like this one, best first: {@code [{id, name, label, reasons}]}. */
	@GetMapping("/api/candidates/{id}/similar")
	List<SimilarCandidates.Similar> similar(@PathVariable long id,
			@RequestParam(name = "size", defaultValue = "5") int size) {
		return this.similar.similarTo(id, size);
	}

	@GetMapping("/api/search")
	Response search(@RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "20") int size) {
		SearchRequest request = SearchParameters.read(params, page + 1, size);
		SearchPage result = this.search.search(request);
		Map<String, List<Count>> facets = new LinkedHashMap<>();
		result.facets().forEach((facet, values) -> facets.put(facet.parameter(),
				values.stream().map(value -> new Count(value.value(), value.count())).toList()));
		return new Response(result.total(), result.page(), result.size(), result.request().sort().parameter(),
				result.notice(), result.expansions(), result.hits().stream().map(Hit::of).toList(), facets,
				result.facetsEstimated() ? Boolean.TRUE : null);
	}

	/**
	 * The JSON answer.
	 *
	 * @param total how many candidates match
	 * @param page the page number, from 0
	 * @param size the page size
	 * @param sort the order of the hits
	 * @param notice what the search made of a query it had to repair, when it had to
	 * @param expansions which synonyms widened the query
	 * @param hits the candidates on this page
	 * @param facets per facet, its values among all matching candidates with their counts
	 * @param facetsEstimated {@code true} when the skills, employers and other values listed were
	 * picked from a sample of a very large number of matches (their counts are still exact, but a
	 * value a full count would rank may be missing); absent otherwise
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Response(long total, int page, int size, String sort, String notice, List<String> expansions,
			List<Hit> hits, Map<String, List<Count>> facets, Boolean facetsEstimated) {
	}

	/**
	 * One hit.
	 *
	 * @param id the candidate's id
	 * @param name the candidate's name
	 * @param label the resume's headline
	 * @param score the relevance score
	 * @param highlights why it matched: the field and a passage with {@code <mark>}ed, HTML-escaped text
	 */
	record Hit(long id, String name, String label, float score, List<Snippet> highlights) {

		static Hit of(SearchHit hit) {
			return new Hit(hit.id(), hit.name(), hit.label(), hit.score(),
					hit.highlights().stream().map(h -> new Snippet(h.field(), h.html())).toList());
		}

	}

	/**
	 * A matched passage.
	 *
	 * @param field the field it is from
	 * @param html the passage, HTML-escaped, matches in {@code <mark>}
	 */
	record Snippet(String field, String html) {
	}

	/**
	 * A facet value.
	 *
	 * @param value the value, as a filter parameter takes it
	 * @param count how many matching candidates have it
	 */
	record Count(String value, long count) {
	}

}

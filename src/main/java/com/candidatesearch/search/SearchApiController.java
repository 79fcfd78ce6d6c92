package com.candidatesearch.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=&page=&size=}: the search as JSON. */
@RestController
class SearchApiController {

	private final CandidateSearch search;

	SearchApiController(CandidateSearch search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	Response search(@RequestParam(name = "q", defaultValue = "") String q,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "20") int size) {
		SearchPage result = this.search.search(q, page, size);
		return new Response(result.total(), result.page(), result.size(), result.notice(),
				result.hits().stream().map(Hit::of).toList());
	}

	/**
	 * The JSON answer.
	 *
	 * @param total how many candidates match
	 * @param page the page number, from 0
	 * @param size the page size
	 * @param notice what the search made of a query it had to simplify, when it had to
	 * @param hits the candidates on this page
	 */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record Response(long total, int page, int size, String notice, List<Hit> hits) {
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

}

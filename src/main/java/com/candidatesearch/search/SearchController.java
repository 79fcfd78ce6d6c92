package com.candidatesearch.search;

import com.candidatesearch.candidate.CandidateService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, also the home page. Pages are numbered from 1 in its address, as people
 * count them; the search itself counts from 0.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 20;

	private final CandidateSearch search;

	private final CandidateService candidates;

	SearchController(CandidateSearch search, CandidateService candidates) {
		this.search = search;
		this.candidates = candidates;
	}

	@GetMapping({ "/", "/search" })
	String search(@RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		SearchPage result = this.search.search(SearchParameters.read(params, page, PAGE_SIZE));
		model.addAttribute("results", ResultsView.of(result,
				this.candidates.cards(result.hits().stream().map(SearchHit::id).toList())));
		return "search/search";
	}

}

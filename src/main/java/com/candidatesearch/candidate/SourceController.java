package com.candidatesearch.candidate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows where each parsed field of a candidate came from in the text of the uploaded file. */
@Controller
class SourceController {

	private final CandidateService candidates;

	SourceController(CandidateService candidates) {
		this.candidates = candidates;
	}

	@GetMapping("/candidates/{id}/source")
	String show(@PathVariable long id, @RequestParam(name = "field", required = false) String field, Model model) {
		CandidateSources sources = this.candidates.sources(id).orElseThrow(() -> new CandidateNotFoundException(id));
		model.addAttribute("source", SourceView.of(sources, field));
		return "candidate/source";
	}

}

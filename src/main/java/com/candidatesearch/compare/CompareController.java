package com.candidatesearch.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.candidatesearch.candidate.CandidateNotFoundException;
import com.candidatesearch.candidate.CandidateProfile;
import com.candidatesearch.candidate.CandidateService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The side-by-side comparison of 2 to 4 candidates. Takes {@code ids=1,2,3} as people type it
 * and {@code ids=1&ids=2} as the search page's check boxes send it.
 */
@Controller
class CompareController {

	static final int MIN = 2;

	static final int MAX = 4;

	private final CandidateService candidates;

	CompareController(CandidateService candidates) {
		this.candidates = candidates;
	}

	/**
	 * The comparison; a wrong number of candidates answers 400 with the compare page saying what to
	 * do, beside the shortlist, rather than an error page.
	 */
	@GetMapping("/compare")
	String compare(@RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(name = "q", required = false) String query, Model model, HttpServletResponse response) {
		List<Long> wanted;
		try {
			wanted = parse(ids);
		}
		catch (InvalidComparisonException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex.getBody().getDetail());
			return "compare/compare";
		}
		List<CandidateProfile> found = this.candidates.profiles(wanted);
		if (found.size() < wanted.size()) {
			List<Long> missing = new ArrayList<>(wanted);
			found.forEach(profile -> missing.remove(profile.id()));
			throw new CandidateNotFoundException(missing);
		}
		SearchTerms terms = SearchTerms.of(query);
		model.addAttribute("comparison", Comparison.of(found, this.candidates.experience(wanted), terms));
		model.addAttribute("query", terms.isEmpty() ? null : query.strip());
		return "compare/compare";
	}

	static List<Long> parse(List<String> values) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String value : (values != null) ? values : List.<String>of()) {
			for (String part : value.split(",")) {
				String id = part.strip();
				if (id.isEmpty()) {
					continue;
				}
				if (!id.matches("\\d{1,18}")) {
					throw new InvalidComparisonException("\"" + abbreviate(id)
							+ "\" is not a candidate id. Tick the candidates to compare on the search page.");
				}
				ids.add(Long.parseLong(id));
			}
		}
		if (ids.size() < MIN) {
			throw new InvalidComparisonException("Choose at least " + MIN + " candidates to compare; "
					+ (ids.isEmpty() ? "none was" : "only 1 was")
					+ " chosen. Tick them on the search page, or add them to the shortlist.");
		}
		if (ids.size() > MAX) {
			throw new InvalidComparisonException("Compare at most " + MAX + " candidates at a time; " + ids.size()
					+ " were chosen. Untick some on the search page, or compare from the shortlist.");
		}
		return List.copyOf(ids);
	}

	private static String abbreviate(String text) {
		return text.length() > 20 ? text.substring(0, 20) + "…" : text;
	}

}

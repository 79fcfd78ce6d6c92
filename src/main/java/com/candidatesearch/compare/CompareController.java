package com.candidatesearch.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.candidatesearch.candidate.CandidateNotFoundException;
import com.candidatesearch.candidate.CandidateProfile;
import com.candidatesearch.candidate.CandidateService;
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

	@GetMapping("/compare")
	String compare(@RequestParam(name = "ids", required = false) List<String> ids, Model model) {
		List<Long> wanted = parse(ids);
		List<CandidateProfile> found = this.candidates.profiles(wanted);
		if (found.size() < wanted.size()) {
			List<Long> missing = new ArrayList<>(wanted);
			found.forEach(profile -> missing.remove(profile.id()));
			throw new CandidateNotFoundException(missing);
		}
		model.addAttribute("comparison", Comparison.of(found));
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
					+ (ids.isEmpty() ? "none was" : "only 1 was") + " chosen. Tick them on the search page.");
		}
		if (ids.size() > MAX) {
			throw new InvalidComparisonException("Compare at most " + MAX + " candidates at a time; " + ids.size()
					+ " were chosen. Untick some on the search page.");
		}
		return List.copyOf(ids);
	}

	private static String abbreviate(String text) {
		return text.length() > 20 ? text.substring(0, 20) + "…" : text;
	}

}

package com.candidatesearch.candidate;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.candidatesearch.parse.ResumeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting a parsed entry of a profile, removing one, and parsing the original again. */
@Controller
class CorrectionController {

	private final CandidateService candidates;

	private final CandidateCorrections corrections;

	CorrectionController(CandidateService candidates, CandidateCorrections corrections) {
		this.candidates = candidates;
		this.corrections = corrections;
	}

	@GetMapping({ "/candidates/{id}/edit/{section}", "/candidates/{id}/edit/{section}/{index}" })
	String edit(@PathVariable long id, @PathVariable String section, @PathVariable(required = false) Integer index,
			Model model) {
		CorrectableSection correctable = section(section, index);
		CandidateProfile profile = profile(id);
		int entry = index == null ? 0 : index;
		if (!Corrections.exists(profile.resume(), correctable.entryPath(entry)) && correctable.isList()) {
			throw new CandidateNotFoundException(id);
		}
		model.addAttribute("form", EntryForm.of(profile, correctable, entry));
		return "candidate/edit";
	}

	@PostMapping({ "/candidates/{id}/edit/{section}", "/candidates/{id}/edit/{section}/{index}" })
	String save(@PathVariable long id, @PathVariable String section, @PathVariable(required = false) Integer index,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		CorrectableSection correctable = section(section, index);
		int entry = index == null ? 0 : index;
		Map<String, String> values = EntryForm.submitted(correctable, form);
		Map<String, String> errors = EntryForm.check(correctable, values);
		if (!errors.isEmpty()) {
			model.addAttribute("form", EntryForm.of(profile(id), correctable, entry, values, errors));
			return "candidate/edit";
		}
		int changed = this.corrections.correct(id, correctable, entry, values);
		redirect.addFlashAttribute("message", changed == 0 ? "Nothing was changed."
				: (changed == 1 ? "1 field was corrected" : changed + " fields were corrected")
						+ " and the candidate re-indexed; the correction is kept when the resume is parsed again.");
		return "redirect:/candidates/" + id;
	}

	@PostMapping("/candidates/{id}/edit/{section}/{index}/remove")
	String remove(@PathVariable long id, @PathVariable String section, @PathVariable int index,
			RedirectAttributes redirect) {
		CorrectableSection correctable = section(section, index);
		this.corrections.remove(id, correctable, index);
		redirect.addFlashAttribute("message", "The " + correctable.label().toLowerCase(Locale.ROOT)
				+ " entry was removed from the profile; the removal is kept when the resume is parsed again.");
		return "redirect:/candidates/" + id;
	}

	@PostMapping("/candidates/{id}/reparse")
	String reparse(@PathVariable long id, RedirectAttributes redirect) throws IOException {
		profile(id);
		try {
			this.corrections.reparse(id);
			redirect.addFlashAttribute("message",
					"The original file was parsed again and the recruiters' corrections applied on top.");
		}
		catch (ResumeParseException ex) {
			redirect.addFlashAttribute("message",
					"The original file could not be parsed again: " + ex.getMessage() + " The profile is unchanged.");
		}
		return "redirect:/candidates/" + id;
	}

	private CandidateProfile profile(long id) {
		return this.candidates.profile(id).orElseThrow(() -> new CandidateNotFoundException(id));
	}

	private static CorrectableSection section(String name, Integer index) {
		CorrectableSection section = CorrectableSection.named(name)
			.filter(found -> found.isList() == (index != null))
			.orElse(null);
		if (section == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"A profile has no part called \"" + (name.length() > 20 ? name.substring(0, 20) + "…" : name)
							+ "\" to correct. Use the Edit links on the profile page.");
			problem.setTitle("Nothing to correct here");
			throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
		}
		return section;
	}

}

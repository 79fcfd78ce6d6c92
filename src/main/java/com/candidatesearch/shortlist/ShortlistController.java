package com.candidatesearch.shortlist;

import java.net.URI;

import com.candidatesearch.candidate.CandidateNotFoundException;
import com.candidatesearch.candidate.CandidateProfile;
import com.candidatesearch.candidate.CandidateService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adds candidates to the shortlist and takes them off, by plain form posts, then goes back to
 * the page the recruiter was on.
 */
@Controller
class ShortlistController {

	private final CandidateService candidates;

	ShortlistController(CandidateService candidates) {
		this.candidates = candidates;
	}

	@PostMapping("/shortlist/add")
	String add(@RequestParam long id, HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
		CandidateProfile profile = this.candidates.profile(id).orElseThrow(() -> new CandidateNotFoundException(id));
		boolean added = Shortlist.of(session).add(id, profile.displayName());
		redirect.addFlashAttribute("message", added ? profile.displayName() + " is on the shortlist."
				: "The shortlist holds " + Shortlist.MAX + ", the most one comparison takes. Remove someone to add "
						+ profile.displayName() + ".");
		return back(request);
	}

	@PostMapping("/shortlist/remove")
	String remove(@RequestParam long id, HttpServletRequest request, HttpSession session) {
		Shortlist.of(session).remove(id);
		return back(request);
	}

	@PostMapping("/shortlist/clear")
	String clear(HttpServletRequest request, HttpSession session) {
		Shortlist.of(session).clear();
		return back(request);
	}

	/** Back to the page the form was on, when it was one of ours; else the search page. */
	static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		try {
			URI uri = (referer == null) ? null : URI.create(referer);
			boolean ours = uri != null && uri.getHost() != null && uri.getHost().equals(request.getServerName())
					&& (uri.getPort() == -1 || uri.getPort() == request.getServerPort()) && uri.getRawPath() != null
					&& uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//");
			if (ours) {
				return "redirect:" + uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
			}
		}
		catch (IllegalArgumentException ex) {
			// An address we cannot read is not ours; go to the search page.
		}
		return "redirect:/search";
	}

}

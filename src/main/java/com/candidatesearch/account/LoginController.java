package com.candidatesearch.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security's form login checks what it posts. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Authentication authentication, @RequestParam(name = "paused", required = false) String paused,
			Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/search";
		}
		if (paused != null) {
			model.addAttribute("pausedMinutes", minutes(paused));
		}
		return "account/login";
	}

	/** The wait the throttle sent, read from the address and so bounded: anything else reads as the whole window. */
	static long minutes(String paused) {
		long window = SignInThrottle.WINDOW.toMinutes();
		try {
			long minutes = Long.parseLong(paused.strip());
			return minutes >= 1 && minutes <= window ? minutes : window;
		}
		catch (NumberFormatException ex) {
			return window;
		}
	}

}

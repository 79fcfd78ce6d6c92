package com.candidatesearch.account;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's page of API tokens: create one (shown once), see when each was last used, revoke. */
@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(Principal principal, Model model) {
		model.addAttribute("tokens", this.tokens.of(principal.getName())
			.stream()
			.map(token -> new TokenRow(token.getId(), token.getName(), token.getPrefix(),
					AccountController.WHEN.format(token.getCreatedAt()),
					token.getLastUsedAt() == null ? null : AccountController.WHEN.format(token.getLastUsedAt())))
			.toList());
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String name, Principal principal, RedirectAttributes redirect) {
		try {
			ApiTokens.Created created = this.tokens.create(principal.getName(), name);
			redirect.addFlashAttribute("shownOnce", created);
			redirect.addFlashAttribute("message", "The token " + created.name() + " was created.");
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			String name = this.tokens.revoke(principal.getName(), id);
			redirect.addFlashAttribute("message", "The token " + name + " was revoked and no longer works.");
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/account/tokens";
	}

	/** One token as the page lists it; never the token itself, which is not kept. */
	record TokenRow(long id, String name, String prefix, String created, String lastUsed) {
	}

}

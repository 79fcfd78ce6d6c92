package com.candidatesearch.account;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of accounts: list, add, disable and enable, reset a password. */
@Controller
class AccountController {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private final Accounts accounts;

	private final AccountDetails details;

	AccountController(Accounts accounts, AccountDetails details) {
		this.accounts = accounts;
		this.details = details;
	}

	@GetMapping("/admin/users")
	String list(Principal principal, Model model) {
		model.addAttribute("users", this.accounts.all().stream().map(account -> row(account, principal)).toList());
		model.addAttribute("roles", Arrays.asList(Role.values()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewUser("", Role.RECRUITER.name()));
		}
		return "account/users";
	}

	@PostMapping("/admin/users")
	String add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
		Role chosen = role(role);
		try {
			String initial = this.accounts.add(username, chosen, password);
			String name = AccountDetails.normalized(username);
			redirect.addFlashAttribute("message", name + " was added as " + chosen.label().toLowerCase(Locale.ROOT) + ".");
			if (password.isEmpty()) {
				redirect.addFlashAttribute("shownOnce", new ShownOnce(name, initial));
			}
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("form", new NewUser(username.length() > 64 ? "" : username, role));
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{username}/disable")
	String disable(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
		return change(redirect, () -> {
			this.accounts.disable(username, principal.getName());
			return AccountDetails.normalized(username) + " was disabled and can no longer sign in.";
		});
	}

	@PostMapping("/admin/users/{username}/enable")
	String enable(@PathVariable String username, RedirectAttributes redirect) {
		return change(redirect, () -> {
			this.accounts.enable(username);
			return AccountDetails.normalized(username) + " was enabled and can sign in again.";
		});
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		return change(redirect, () -> {
			String password = this.accounts.resetPassword(username);
			String name = AccountDetails.normalized(username);
			if (name.equals(AccountDetails.normalized(principal.getName()))) {
				keepSignedIn(name, request);
			}
			redirect.addFlashAttribute("shownOnce", new ShownOnce(name, password));
			return name + " has a new password; the old one no longer works.";
		});
	}

	/**
	 * A reset ends every session of the account, on its next request; the administrator who reset
	 * their own password keeps this one, signed in as with the new password, so the page can show it.
	 */
	private void keepSignedIn(String username, HttpServletRequest request) {
		UserDetails fresh = this.details.loadUserByUsername(username);
		Authentication before = SecurityContextHolder.getContext().getAuthentication();
		UsernamePasswordAuthenticationToken after = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
				fresh.getAuthorities());
		after.setDetails(before == null ? null : before.getDetails());
		after.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(after);
		SecurityContextHolder.setContext(context);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		}
	}

	private static String change(RedirectAttributes redirect, Supplier<String> change) {
		try {
			redirect.addFlashAttribute("message", change.get());
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/users";
	}

	private static Role role(String name) {
		try {
			return Role.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UserRow row(Account account, Principal principal) {
		return new UserRow(account.getUsername(), account.getRole().label(), account.isEnabled(),
				WHEN.format(account.getCreatedAt()), account.getCreatedBy(),
				account.getLastLoginAt() == null ? null : WHEN.format(account.getLastLoginAt()),
				account.getUsername().equals(principal.getName()));
	}

	/** One account as the page lists it. */
	record UserRow(String username, String role, boolean enabled, String created, String createdBy, String lastLogin,
			boolean you) {
	}

	/** What the add form holds, kept when it is refused so nothing has to be typed again. */
	record NewUser(String username, String role) {
	}

	/** A password the administrator sees this once, to hand to its user. */
	record ShownOnce(String username, String password) {
	}

}

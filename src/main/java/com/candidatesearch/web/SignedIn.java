package com.candidatesearch.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the header names as signed in, and whether to show the administrators' links.
 *
 * @param name the user name
 * @param admin whether the user holds the administrator role
 */
record SignedIn(String name, boolean admin) {

	/** The user of the current request, or {@code null} on the sign-in page and other open pages. */
	static SignedIn current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return new SignedIn(authentication.getName(), admin);
	}

}

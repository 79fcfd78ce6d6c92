package com.candidatesearch.web;

import com.candidatesearch.account.AccountUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps sign-ins in the HTTP session, and checks on each request that the session's account is
 * still enabled and has the password it signed in with: a disabled (or removed) account, or one
 * whose password was reset, loses its sessions on their next request.
 * Spring's SessionRegistry could expire sessions too, but only those it saw being created on
 * this node; a look-up by primary key per request is cheap and holds on every node.
 */
final class ActiveAccountContextRepository implements SecurityContextRepository {

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final UserDetailsService accounts;

	ActiveAccountContextRepository(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext stored = this.sessions.loadDeferredContext(request);
		return new DeferredSecurityContext() {

			private SecurityContext checked;

			@Override
			public SecurityContext get() {
				if (this.checked == null) {
					this.checked = check(request, stored);
				}
				return this.checked;
			}

			@Override
			public boolean isGenerated() {
				get();
				return stored.isGenerated() || this.checked != stored.get();
			}

		};
	}

	private SecurityContext check(HttpServletRequest request, DeferredSecurityContext stored) {
		SecurityContext context = stored.get();
		Authentication authentication = context.getAuthentication();
		if (stored.isGenerated() || authentication == null || isActive(authentication)) {
			return context;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return SecurityContextHolder.createEmptyContext();
	}

	private boolean isActive(Authentication authentication) {
		try {
			return AccountUser.stillValid(authentication.getPrincipal(),
					this.accounts.loadUserByUsername(authentication.getName()));
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		this.sessions.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.sessions.containsContext(request);
	}

}

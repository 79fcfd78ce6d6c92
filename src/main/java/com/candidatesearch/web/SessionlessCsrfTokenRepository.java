package com.candidatesearch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps CSRF tokens in the session, as Spring does, but starts no session for a request that
 * brings its own credentials (HTTP Basic or an API token): a script fetching a page that holds a
 * form would otherwise leave a session behind on every request, for a token it never sends back.
 */
final class SessionlessCsrfTokenRepository implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		boolean bringsCredentials = SecurityConfiguration.carriesBasic(request)
				|| ApiTokenAuthentication.carriesToken(request);
		if (token != null && bringsCredentials && request.getSession(false) == null) {
			return;
		}
		this.sessions.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.sessions.loadToken(request);
	}

}

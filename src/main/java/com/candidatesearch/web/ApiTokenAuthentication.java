package com.candidatesearch.web;

import java.util.List;
import java.util.Optional;

import com.candidatesearch.account.ApiTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * A request signed in with a personal API token ({@code Authorization: Bearer …}): before it is
 * checked, it holds the token; after, the account. Spring Security's OAuth2 resource server
 * reads bearer tokens too, but only as JWTs or through an introspection endpoint, and these
 * tokens are neither; its plain {@link AuthenticationFilter} does the rest.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final transient Object principal;

	private final transient String token;

	private ApiTokenAuthentication(String token) {
		super(List.of());
		this.principal = null;
		this.token = token;
	}

	private ApiTokenAuthentication(UserDetails account) {
		super(account.getAuthorities());
		this.principal = account;
		this.token = null;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return this.token;
	}

	@Override
	public Object getPrincipal() {
		return this.principal;
	}

	/**
	 * The filter that signs a request in by its token, for this request only: the sign-in is
	 * kept in a request attribute, never in a session. A wrong, revoked or disabled account's
	 * token is answered 401 at once.
	 */
	static AuthenticationFilter filter(ObjectProvider<ApiTokens> tokens) {
		AuthenticationManager check = authentication -> {
			ApiTokens known = tokens.getIfAvailable();
			String token = (String) authentication.getCredentials();
			return (known == null ? Optional.<UserDetails>empty() : known.authenticate(token))
				.<Authentication>map(ApiTokenAuthentication::new)
				.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
		};
		AuthenticationFilter filter = new AuthenticationFilter(check, ApiTokenAuthentication::read);
		filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler((request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + SecurityAnswers.REALM
					+ "\", error=\"invalid_token\"");
			SecurityAnswers.problem(request, response, HttpStatus.UNAUTHORIZED, "Token not valid",
					"The API token is not valid: it was revoked, mistyped, or its account is disabled. Create a new "
							+ "one on the API tokens page (signed in, the link beside Sign out).");
		});
		return filter;
	}

	/** The token of an {@code Authorization: Bearer} header, or {@code null} when the request has none. */
	private static Authentication read(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (!carriesToken(request)) {
			return null;
		}
		return new ApiTokenAuthentication(authorization.substring(7).strip());
	}

	static boolean carriesToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/** Whether the request was signed in by a token rather than a password. */
	static boolean byToken(Authentication authentication) {
		return authentication instanceof ApiTokenAuthentication;
	}

}

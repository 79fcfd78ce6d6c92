package com.candidatesearch.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import com.candidatesearch.account.SignInThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands every sign-in attempt to the {@link SignInThrottle} before Spring Security checks its
 * password, and refuses one the throttle has paused: the form is sent back to the sign-in page
 * saying how long to wait, an HTTP Basic request gets 429 with {@code Retry-After}. The form
 * post and the Basic header are recognised with Spring Security's own matcher and converter,
 * so an attempt Spring would check is never one this filter fails to see. Placed in the
 * security filter chain ahead of the form and Basic sign-in filters (not a bean, so it runs
 * nowhere else).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher FORM_SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = FORM_SIGN_IN.matches(request);
		String name = form ? Objects.toString(request.getParameter("username"), "") : basicName(request);
		Optional<Duration> paused = name == null ? Optional.empty()
				: this.throttle.attempt(name, request.getRemoteAddr());
		if (paused.isEmpty()) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				// A check ends in a success or failure event, which gives the slot back; this is for one that never came.
				if (name != null) {
					this.throttle.abandoned(name, request.getRemoteAddr());
				}
			}
			return;
		}
		long seconds = Math.max(1, (paused.get().toMillis() + 999) / 1000);
		long minutes = (seconds + 59) / 60;
		if (form) {
			response.sendRedirect(request.getContextPath() + "/login?paused=" + minutes);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		SecurityAnswers.problem(request, response, HttpStatus.TOO_MANY_REQUESTS, "Sign-in paused",
				"Too many failed sign-ins from this address. Try again in " + minutes
						+ (minutes == 1 ? " minute" : " minutes") + ", or ask an administrator to reset the password.");
	}

	/**
	 * The user name of an HTTP Basic header that Spring Security will check, or {@code null}:
	 * none, one it cannot read (it refuses that itself), or one naming the account the session
	 * is already signed in as, which Spring does not check again.
	 */
	private String basicName(HttpServletRequest request) {
		Authentication sent;
		try {
			sent = this.basic.convert(request);
		}
		catch (AuthenticationException ex) {
			return null;
		}
		if (sent == null) {
			return null;
		}
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		boolean signedInAsSent = current != null && current.isAuthenticated()
				&& !(current instanceof AnonymousAuthenticationToken) && current.getName().equals(sent.getName());
		return signedInAsSent ? null : sent.getName();
	}

}

package com.candidatesearch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.candidatesearch.account.SignInThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt the {@link SignInThrottle} has paused, before Spring Security
 * checks its password: the form is sent back to the sign-in page saying how long to wait, an
 * HTTP Basic request gets 429 with {@code Retry-After}. Placed in the security filter chain
 * ahead of the form and Basic sign-in filters (not a bean, so it runs nowhere else).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = isFormSignIn(request);
		String name = form ? request.getParameter("username") : basicName(request);
		Optional<Duration> paused = name == null ? Optional.empty()
				: this.throttle.paused(name, request.getRemoteAddr());
		if (paused.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long minutes = Math.max(1, (paused.get().toSeconds() + 59) / 60);
		if (form) {
			response.sendRedirect(request.getContextPath() + "/login?paused=" + minutes);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, paused.get().toSeconds())));
		SecurityAnswers.problem(request, response, HttpStatus.TOO_MANY_REQUESTS, "Sign-in paused",
				"Too many failed sign-ins for this user name from this address. Try again in " + minutes
						+ (minutes == 1 ? " minute" : " minutes") + ", or ask an administrator to reset the password.");
	}

	private static boolean isFormSignIn(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return HttpMethod.POST.matches(request.getMethod()) && path.equals("/login");
	}

	/** The user name of an HTTP Basic header, or {@code null} when there is none to read. */
	static String basicName(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			// Not Base64: Spring Security's Basic filter answers it as it does any bad header.
			return null;
		}
	}

}

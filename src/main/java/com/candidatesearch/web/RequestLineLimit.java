package com.candidatesearch.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an address longer than {@value #MAX_LENGTH} characters (path and query) with 414 and
 * problem details, before anything else reads it. Tomcat accepts longer request lines
 * ({@code server.max-http-request-header-size}), so that the application, not the container's
 * error page, answers them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLineLimit extends OncePerRequestFilter {

	static final int MAX_LENGTH = 8192;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
		if (length <= MAX_LENGTH) {
			chain.doFilter(request, response);
			return;
		}
		SecurityAnswers.problem(request, response, HttpStatus.URI_TOO_LONG, "Address too long",
				"The address is " + length + " characters long; this server takes at most " + MAX_LENGTH
						+ ". Shorten the query, or search for fewer words at a time.");
	}

}

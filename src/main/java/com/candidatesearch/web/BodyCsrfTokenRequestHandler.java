package com.candidatesearch.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's masked (BREACH-safe) CSRF tokens, read only from the header or the form
 * body. Spring reads the form field with {@code getParameter}, which also sees the query string;
 * a token in an address ends up in logs, the history and {@code Referer} headers, so there it
 * does not count.
 */
final class BodyCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		this.masked.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		String name = token.getParameterName();
		return this.masked.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String parameter) {
				return name.equals(parameter) ? fromBody(request, name) : super.getParameter(parameter);
			}

		}, token);
	}

	/**
	 * The parameter's value from the body. The servlet container lists a parameter's values from
	 * the query string first and the body's after them, so the body's are those past the query's count.
	 */
	static String fromBody(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null) {
			return null;
		}
		int inQuery = inQuery(request.getQueryString(), name);
		return values.length > inQuery ? values[inQuery] : null;
	}

	private static int inQuery(String query, String name) {
		if (query == null || query.isEmpty()) {
			return 0;
		}
		return (int) Arrays.stream(query.split("&")).map(pair -> {
			int equals = pair.indexOf('=');
			return URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
		}).filter(name::equals).count();
	}

}

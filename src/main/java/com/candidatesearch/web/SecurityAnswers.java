package com.candidatesearch.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a request that may not go on is told: the API and HTTP Basic clients a 401 with
 * {@code WWW-Authenticate} or a 403, as problem details; a browser the sign-in page, or the
 * error page saying why it was refused.
 */
final class SecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "Candidate Search";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

	/** The entry point for requests that must never be redirected to the sign-in page. */
	final AuthenticationEntryPoint basic = (request, response, ex) -> {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		problem(request, response, HttpStatus.UNAUTHORIZED, "Sign-in required",
				"Send a user name and password with HTTP Basic (curl -u NAME URL), or sign in on the sign-in "
						+ "page first. A wrong or disabled account is refused the same way.");
	};

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		if (isMachineRequest(request)) {
			this.basic.commence(request, response, ex);
		}
		else {
			this.login.commence(request, response, ex);
		}
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		boolean csrf = ex instanceof CsrfException;
		String title = csrf ? "Request refused" : "For administrators only";
		String detail = csrf
				? "The form was not accepted: the page may have been open too long, or the form did not come from "
						+ "Candidate Search. Reload the page and try again."
				: "This is for administrators. Ask an administrator if you need it done.";
		if (ErrorAdvice.isApi(request)) {
			problem(request, response, HttpStatus.FORBIDDEN, title, csrf
					? "A request that changes something needs the CSRF token when it rides on a session cookie. "
							+ "Send the X-CSRF-TOKEN header from the page, or authenticate with HTTP Basic instead."
					: detail);
			return;
		}
		// The error page reads these request attributes as it does the model's.
		request.setAttribute("title", title);
		request.setAttribute("detail", detail);
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	/** The API, the actuator, and any request that tried HTTP Basic get 401, never a redirect. */
	static boolean isMachineRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
				|| SecurityConfiguration.carriesBasic(request);
	}

	static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String title, String detail) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		body.put("instance", forwarded != null ? forwarded : request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body));
	}

}

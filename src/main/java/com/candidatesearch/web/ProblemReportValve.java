package com.candidatesearch.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what Tomcat refuses before the application sees it (a malformed request line,
 * headers past {@code server.max-http-request-header-size}) with problem details, like every
 * other refusal, instead of Tomcat's HTML error page. Errors the application raises never get
 * here: they are answered by {@link ErrorAdvice} or Spring Boot's error controller first.
 */
final class ProblemReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", known != null ? known.getReasonPhrase() : "Error " + status);
		body.put("status", status);
		body.put("detail", status == HttpStatus.BAD_REQUEST.value()
				? "The server could not read this request: its request line is malformed, or its address or headers "
						+ "are too long. Shorten the query, or send fewer or smaller headers (cookies), and try again."
				: "The server could not answer this request. Try again, and tell your administrator if it keeps happening.");
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(body));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot take a body any more: nothing left to tell it.
		}
	}

}

package com.candidatesearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real connection shows. Requests refused before any controller sees them: an
 * address too long is answered by the application with 414, and what Tomcat itself refuses gets
 * problem details too, never its HTML error page, and no stack trace in the log. And the session
 * cookie as Tomcat writes it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class RealConnectionIntegrationTests {

	static final Path dataDir = TestDataDirs.create("real-connection");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void anAddressPastEightKilobytesIsA414ProblemFromTheApplication(CapturedOutput output) throws Exception {
		HttpResponse<String> answer = get("/api/search?q=" + "python+".repeat(1500));

		assertThat(answer.statusCode()).isEqualTo(414);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(answer.body()).contains("\"title\":\"Address too long\"")
			.contains("this server takes at most 8192. Shorten the query");
		assertThat(get("/search?q=" + "python+".repeat(1500)).statusCode()).as("a page too").isEqualTo(414);
		assertThat(output.getOut()).doesNotContain("Exception");
	}

	@Test
	void headersPastTheContainersLimitGetProblemDetailsNotTomcatsPage(CapturedOutput output) throws Exception {
		String answer = raw("GET /api/search HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(40_000)
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 400 ")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"status\":400")
			.contains("its address or headers are too long")
			.doesNotContain("<html");
		assertThat(output.getOut()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void aMalformedRequestLineGetsProblemDetailsNotTomcatsPage(CapturedOutput output) throws Exception {
		String answer = raw("GET /search?q=<a b> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 400 ")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"title\":\"Bad Request\"")
			.doesNotContain("<html");
		assertThat(output.getOut()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void theSessionCookieOfAFormSignInIsSameSiteLax() throws Exception {
		HttpResponse<String> form = get("/login");
		String cookie = sessionCookie(form);
		Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(field.find()).as("the form's CSRF field").isTrue();
		String body = "username=" + TestAdmin.NAME + "&password=" + URLEncoder.encode(TestAdmin.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
		HttpRequest signIn = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie.substring(0, cookie.indexOf(';')))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> signedIn = this.http.send(signIn, HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/search"));
		assertThat(sessionCookie(signedIn)).as("a new session id after sign-in").isNotEqualTo(cookie)
			.contains("; HttpOnly")
			.contains("; SameSite=Lax");
	}

	/** Over a real connection: MockMvc's CSRF support swaps in a token store of its own that keeps tokens in a session. */
	@Test
	void basicRequestsWithoutACookieGetNone() throws Exception {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((TestAdmin.NAME + ":" + TestAdmin.PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (String page : new String[] { "/api/search?q=python", "/search", "/upload" }) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page))
				.header("Authorization", basic)
				.timeout(Duration.ofSeconds(30))
				.build();
			HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			assertThat(answer.headers().allValues("Set-Cookie")).as(page).isEmpty();
		}
	}

	private static String sessionCookie(HttpResponse<?> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Sends bytes no HTTP client would, and reads the answer until the server closes the connection. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

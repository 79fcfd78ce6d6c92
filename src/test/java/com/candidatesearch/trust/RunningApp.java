package com.candidatesearch.trust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.candidatesearch.PackagedJar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar running as a child process on a data folder of its own, and the requests
 * the hostile-input harness sends it, signed in as the administrator with HTTP Basic.
 */
final class RunningApp {

	/** Longer than any request may take, the per-file time limit included: past it, a request hangs. */
	static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

	/** Generous: on a shared two-core machine the jar has been seen to take nearly two minutes. */
	static final Duration START_WITHIN = Duration.ofSeconds(180);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final Path data;

	final int port;

	final String password = "hostile-" + UUID.randomUUID();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Process process;

	private int starts;

	private RunningApp(Path data, int port) {
		this.data = data;
		this.port = port;
	}

	/** Starts the jar on a fresh data folder and waits until it is up. */
	static RunningApp start(Path data) throws IOException, InterruptedException {
		RunningApp app = new RunningApp(data, PackagedJar.freePort());
		app.startAgain();
		return app;
	}

	/** Starts the jar (again) on the same data folder and port; fails when it exits or is not ready in time. */
	void startAgain() throws IOException, InterruptedException {
		this.starts++;
		Path log = this.data.resolve("app-" + this.starts + ".log");
		this.process = new ProcessBuilder(PackagedJar.command("--server.port=" + this.port,
				"--candidate-search.data-dir=" + this.data, "--candidate-search.admin.password=" + this.password,
				// Ready comes after the application's runners, the one that sets the admin password among them.
				"--management.endpoint.health.probes.enabled=true"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = System.nanoTime() + START_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the application exited with " + this.process.exitValue()
						+ " while starting; see " + log);
			}
			try {
				HttpResponse<String> health = send(anonymous("/actuator/health/readiness").timeout(Duration.ofSeconds(10))
					.build());
				if (health.body().contains("\"status\":\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				Thread.sleep(250);
			}
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("the application did not start within " + START_WITHIN.toSeconds()
				+ " s; see " + log);
	}

	/** Asks the application to stop as an operator does (SIGTERM); whether it ended within the time. */
	boolean stop(Duration within) throws InterruptedException {
		this.process.destroy();
		if (this.process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
			return true;
		}
		this.process.destroyForcibly().waitFor();
		return false;
	}

	void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
		}
	}

	boolean alive() {
		return this.process.isAlive();
	}

	String log() {
		return this.data.resolve("app-" + this.starts + ".log").toString();
	}

	String basic() {
		return basic("admin", this.password);
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.port + pathAndQuery);
	}

	/** A request signed in as the administrator with Basic, and no cookie. */
	HttpRequest.Builder request(String pathAndQuery) {
		return anonymous(pathAndQuery).header("Authorization", basic());
	}

	HttpRequest.Builder anonymous(String pathAndQuery) {
		return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(ANSWER_WITHIN);
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return send(request(pathAndQuery).build());
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	/** How many candidates a search finds. */
	long total(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = get("/api/search?size=1&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IOException("search for " + query + " answered " + response.statusCode() + ": " + response.body());
		}
		return json(response.body()).get("total").asLong();
	}

	/** The index component of {@code /actuator/health} as the administrator sees it. */
	JsonNode indexHealth() throws IOException, InterruptedException {
		return json(get("/actuator/health").body()).path("components").path("index").path("details");
	}

	/**
	 * One file to upload.
	 *
	 * @param name its file name
	 * @param content its bytes
	 */
	record File(String name, byte[] content) {

		static File text(String name, String content) {
			return new File(name, content.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** Uploads these files in one request to {@code POST /api/candidates}, signed in with Basic. */
	Upload upload(File... files) throws IOException, InterruptedException {
		return upload(List.of("Authorization", basic()), files);
	}

	/** Uploads these files in one request, signed in by the given headers (name, value, name, value…). */
	Upload upload(List<String> headers, File... files) throws IOException, InterruptedException {
		String boundary = "----hostile" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		for (File file : files) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.name()
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			parts.add(file.content());
			parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		long started = System.nanoTime();
		HttpResponse<String> response = send(anonymous("/api/candidates").headers(headers.toArray(String[]::new))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build());
		return new Upload(response, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * What an upload was answered.
	 *
	 * @param response the HTTP answer
	 * @param millis how long it took
	 */
	record Upload(HttpResponse<String> response, long millis) {

		int status() {
			return this.response.statusCode();
		}

		String contentType() {
			return this.response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
		}

		/** Whether the application said it is busy and when to come back, which a client retries. */
		boolean busy() {
			return (status() == 503 || status() == 429) && this.response.headers().firstValue("Retry-After").isPresent();
		}

		/** What became of each file, when the answer is the list of outcomes. */
		List<JsonNode> outcomes() {
			if (!contentType().startsWith("application/json")) {
				return List.of();
			}
			List<JsonNode> outcomes = new ArrayList<>();
			json(this.response.body()).forEach(outcomes::add);
			return outcomes;
		}

		/** The first file's outcome: created, duplicate, version or failed; else the problem's title. */
		String outcome() {
			List<JsonNode> outcomes = outcomes();
			if (!outcomes.isEmpty()) {
				return outcomes.get(0).path("status").asString();
			}
			if (contentType().startsWith("application/problem+json")) {
				return json(this.response.body()).path("title").asString();
			}
			return contentType().isEmpty() ? "no body" : contentType();
		}

		/** The status, the outcome and its message, short enough for a table cell. */
		String summary() {
			List<JsonNode> outcomes = outcomes();
			String error = outcomes.isEmpty() ? "" : outcomes.get(0).path("error").asString("");
			return status() + " " + outcome() + (error.isEmpty() ? "" : ": " + error) + " (" + seconds(this.millis) + ")";
		}

	}

	static String seconds(long millis) {
		return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	/**
	 * What a request sent over a socket of its own was answered: only the head.
	 *
	 * @param status the status code, or 0 when the connection broke first
	 * @param head the status line and headers
	 */
	record RawAnswer(int status, String head) {

		boolean hasHeader(String name) {
			return this.head.toLowerCase(Locale.ROOT).contains("\r\n" + name.toLowerCase(Locale.ROOT) + ":");
		}

	}

	/**
	 * Sends one request from the given local address, so that what it provokes (a paused address)
	 * does not fall on the harness's other requests from 127.0.0.1.
	 */
	RawAnswer rawFrom(InetAddress local, String method, String pathAndQuery, String... headers) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(local, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 5000);
			socket.setSoTimeout((int) ANSWER_WITHIN.toMillis());
			StringBuilder request = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:"
					+ this.port + "\r\nConnection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int b;
			while ((b = in.read()) != -1) {
				head.write(b);
				if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
					break;
				}
			}
			String text = head.toString(StandardCharsets.ISO_8859_1);
			String[] statusLine = text.split(" ", 3);
			int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : 0;
			return new RawAnswer(status, text);
		}
	}

	/** Writes a file into the data folder, for an attack that needs one on the server's disk. */
	Path writeFile(String name, String content) throws IOException {
		return Files.writeString(this.data.resolve(name), content);
	}

}

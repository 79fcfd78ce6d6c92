package com.candidatesearch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.candidatesearch.CandidateSearchApplication;
import com.candidatesearch.account.ApiTokens;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application started in this process on a random port and a data folder of its own,
 * with the settings it runs with in production, and reached over HTTP as a script would: with
 * an API token of the administrator's, which costs no password hash per request (Basic would
 * pay one on every timed request, since a Basic sign-in is never kept in a session).
 */
final class BenchServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().build();

	private final String base;

	private final Path dataDir;

	private final String authorization;

	private BenchServer(ConfigurableApplicationContext context, Path dataDir) {
		this.context = context;
		this.dataDir = dataDir;
		this.authorization = "Bearer " + context.getBean(ApiTokens.class).create("admin", "bench").token();
		this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	/**
	 * Starts the application on {@code dataDir}. Its log goes to a file in that folder: on the
	 * console it would mix with the figures on standard output.
	 */
	static BenchServer start(Path dataDir) {
		String password = "bench-" + UUID.randomUUID();
		SpringApplication application = new SpringApplication(CandidateSearchApplication.class);
		ConfigurableApplicationContext context = application.run("--candidate-search.data-dir=" + dataDir,
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.threshold.console=OFF",
				"--logging.file.name=" + dataDir.resolve("application.log"),
				"--candidate-search.admin.password=" + password);
		return new BenchServer(context, dataDir);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	Path dataDir() {
		return this.dataDir;
	}

	/** Uploads files in one multipart request; the answer has an entry per file. */
	List<Upload> upload(List<Path> files) {
		List<Upload> uploads = new ArrayList<>();
		for (JsonNode entry : send(uploadRequest(files))) {
			uploads.add(new Upload(entry.path("file").asString(), entry.path("status").asString(),
					entry.path("id").asLong(-1)));
		}
		return uploads;
	}

	/** The multipart request that uploads these files, as the upload page sends them. */
	HttpRequest uploadRequest(List<Path> files) {
		String boundary = "bench-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			for (Path file : files) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
						+ file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(Files.readAllBytes(file));
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return HttpRequest.newBuilder(URI.create(this.base + "/api/candidates"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	/** The request for a search through the API. */
	HttpRequest searchRequest(String query, Map<String, String> parameters) {
		StringBuilder uri = new StringBuilder(this.base).append("/api/search?q=")
			.append(URLEncoder.encode(query, StandardCharsets.UTF_8));
		parameters.forEach((name, value) -> uri.append('&').append(name).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder(URI.create(uri.toString())).GET().build();
	}

	/** The request for a path of the application, e.g. {@code /api/candidates/7}. */
	HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).GET().build();
	}

	/** Sends a request signed in as the administrator and answers whatever came back. */
	HttpResponse<byte[]> exchange(HttpRequest request) throws IOException, InterruptedException {
		HttpRequest signed = HttpRequest.newBuilder(request, (name, value) -> true)
			.header("Authorization", this.authorization)
			.build();
		return this.http.send(signed, HttpResponse.BodyHandlers.ofByteArray());
	}

	static JsonNode json(HttpResponse<byte[]> response) {
		return JSON.readTree(response.body());
	}

	/** One file's answer from the upload API. */
	record Upload(String file, String status, long id) {
	}

	/** Runs a search through the API and answers the ids of the hits, best first. */
	List<Long> search(String query, Map<String, String> parameters) {
		JsonNode answer = send(searchRequest(query, parameters));
		List<Long> ids = new ArrayList<>();
		answer.path("hits").forEach(hit -> ids.add(hit.path("id").asLong()));
		return ids;
	}

	/** How many candidates a blank search finds. */
	long total() {
		String uri = this.base + "/api/search?q=&size=1";
		return send(HttpRequest.newBuilder(URI.create(uri)).GET().build()).path("total").asLong();
	}

	private JsonNode send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = exchange(request);
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + request.uri(), ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}

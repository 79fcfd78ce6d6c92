package com.candidatesearch.trust;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.candidatesearch.PackagedJar;
import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar as a child process, kills it with SIGKILL in the middle of a 200-file
 * import, starts it again on the same data folder, and checks that the database and the index
 * agree: every upload reported as created is stored and searchable, and nothing is half stored.
 */
class CrashRecoveryProcessTests {

	static final int FILES = 200;

	static final int BATCH = 10;

	/** The administrator's password for the child process, sent with HTTP Basic on every request. */
	private static final String PASSWORD = "crash-test-" + UUID.randomUUID();

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private Process app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.destroyForcibly();
		}
	}

	@Test
	void aKillDuringImportLosesNothingReportedAndLeavesNothingHalfStored() throws Exception {
		Path data = TestDataDirs.create("crash");
		int port = PackagedJar.freePort();
		this.app = start(data, port);
		Map<Integer, Long> created = new ConcurrentHashMap<>();
		Thread uploader = new Thread(() -> upload(port, created));
		uploader.start();
		while (created.size() < FILES / 4 && uploader.isAlive()) {
			Thread.sleep(20);
		}
		this.app.destroyForcibly().waitFor();
		uploader.join();
		assertThat(created).as("uploads reported created before the kill").isNotEmpty().hasSizeLessThan(FILES);

		this.app = start(data, port);

		JsonNode health = get(port, "/actuator/health");
		JsonNode index = health.get("components").get("index").get("details");
		assertThat(index.get("inSync").asBoolean()).as("index agrees with database: %s", index).isTrue();
		for (Map.Entry<Integer, Long> upload : created.entrySet()) {
			JsonNode candidate = get(port, "/api/candidates/" + upload.getValue());
			assertThat(candidate.path("basics").path("name").asString())
				.as("upload %d reported created as candidate %d: %s", upload.getKey(), upload.getValue(), candidate)
				.isEqualTo(name(upload.getKey()));
			JsonNode hits = get(port, "/api/search?q=" + URLEncoder.encode(token(upload.getKey()), StandardCharsets.UTF_8));
			assertThat(hits.get("total").asLong()).as("hits for the unique skill of upload %d", upload.getKey())
				.isEqualTo(1);
		}
		JsonNode everyone = get(port, "/api/search?size=100&page=0");
		long stored = everyone.get("total").asLong();
		assertThat(stored).isGreaterThanOrEqualTo(created.size()).isLessThanOrEqualTo(created.size() + BATCH);
		for (JsonNode hit : everyone.get("hits")) {
			JsonNode candidate = get(port, "/api/candidates/" + hit.get("id").asLong());
			assertThat(candidate.get("skills")).as("every stored candidate is whole").isNotNull();
		}
	}

	private void upload(int port, Map<Integer, Long> created) {
		for (int from = 0; from < FILES; from += BATCH) {
			String boundary = "----crash" + from;
			StringBuilder body = new StringBuilder();
			for (int i = from; i < from + BATCH; i++) {
				body.append("--").append(boundary).append("\r\n")
					.append("Content-Disposition: form-data; name=\"files\"; filename=\"resume-").append(i).append(".txt\"\r\n")
					.append("Content-Type: text/plain\r\n\r\n")
					.append(resume(i)).append("\r\n");
			}
			body.append("--").append(boundary).append("--\r\n");
			try {
				HttpResponse<String> response = this.http.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/candidates"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.header("Authorization", BASIC)
					.timeout(Duration.ofSeconds(30))
					.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
					.build(), HttpResponse.BodyHandlers.ofString());
				for (JsonNode outcome : this.json.readTree(response.body())) {
					if ("created".equals(outcome.get("status").asString())) {
						int number = Integer.parseInt(outcome.get("file").asString().replaceAll("\\D", ""));
						created.put(number, outcome.get("id").asLong());
					}
				}
			}
			catch (IOException | InterruptedException | RuntimeException ex) {
				return;
			}
		}
	}

	private static String resume(int number) {
		return name(number) + "\nperson" + number + "@example.org\n\nEXPERIENCE\nEngineer, Crashco, 2019 - Present\n"
				+ "- Built things\n\nSKILLS\nJava, " + token(number) + "\n";
	}

	private static final String[] FIRST = { "Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John",
			"Katherine", "Ken", "Leslie", "Margaret", "Niklaus", "Radia", "Tony", "Shafi", "Sophie", "Dennis",
			"Hedy", "Tim" };

	private static final String[] LAST = { "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
			"Backus", "Johnson", "Thompson", "Lamport", "Hamilton", "Wirth", "Perlman", "Hoare", "Goldwasser",
			"Wilson", "Ritchie", "Lamarr", "Berners" };

	/** A different realistic name for each upload. */
	private static String name(int number) {
		return FIRST[number % FIRST.length] + " " + LAST[number / FIRST.length % LAST.length];
	}

	private static String token(int number) {
		return "zq" + number + "x";
	}

	private Process start(Path data, int port) throws Exception {
		Process process = new ProcessBuilder(PackagedJar.command("--server.port=" + port,
				"--candidate-search.data-dir=" + data, "--candidate-search.admin.password=" + PASSWORD,
				"--logging.level.root=WARN"))
			.redirectErrorStream(true)
			.redirectOutput(Files.createTempFile(data, "app", ".log").toFile())
			.start();
		PackagedJar.awaitUp(port, data);
		return process;
	}

	private JsonNode get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", BASIC)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		return this.json.readTree(response.body());
	}

}

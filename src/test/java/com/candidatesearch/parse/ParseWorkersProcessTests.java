package com.candidatesearch.parse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.candidatesearch.PackagedJar;
import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar parses uploads in worker processes started from the same jar, and a killed
 * application, which cannot stop them itself, leaves none behind.
 */
class ParseWorkersProcessTests {

	private static final String PASSWORD = "workers-test-" + UUID.randomUUID();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.destroyForcibly();
		}
	}

	@Test
	void theJarParsesInWorkersOfItsOwnJarAndAKilledApplicationLeavesNoneRunning() throws Exception {
		Path data = TestDataDirs.create("workers");
		int port = PackagedJar.freePort();
		this.app = new ProcessBuilder(PackagedJar.command("--server.port=" + port, "--candidate-search.data-dir=" + data,
				"--candidate-search.admin.password=" + PASSWORD, "--candidate-search.parse.workers=2",
				"--logging.level.root=WARN"))
			.redirectErrorStream(true)
			.redirectOutput(Files.createTempFile(data, "app", ".log").toFile())
			.start();
		PackagedJar.awaitUp(port, data);

		HttpResponse<String> upload = upload(port, "ada.txt",
				"Ada Lovelace\nada@example.org\n\nEXPERIENCE\nAnalyst, Babbage & Co, 1842 - 1843\n\nSKILLS\nMathematics\n");

		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		List<ProcessHandle> workers = this.app.descendants()
			.filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains("parse-worker"))
			.toList();
		assertThat(workers).as("worker processes of the application").hasSize(2);
		assertThat(workers.get(0).info().arguments().map(List::of).orElseThrow())
			.contains("-jar", PackagedJar.JAR.toAbsolutePath().toString());

		this.app.destroyForcibly().waitFor(60, TimeUnit.SECONDS);

		for (ProcessHandle worker : workers) {
			assertThat(worker.onExit()).as("worker %d ends once the application is gone", worker.pid())
				.succeedsWithin(Duration.ofSeconds(60));
		}
	}

	private HttpResponse<String> upload(int port, String name, String content) throws Exception {
		String boundary = "----workers";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/candidates"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

package com.candidatesearch.operations;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;

import com.candidatesearch.PackagedJar;
import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as an operator runs it: JSON log lines when {@code CANDIDATE_SEARCH_LOG_FORMAT}
 * says so, and the {@code reindex} command with its progress lines, refused while the
 * application holds the embedded database.
 */
class OperationsProcessTests {

	static final int CANDIDATES = 5;

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
	void logsJsonWhenAskedAndReindexesFromTheCommandLine() throws Exception {
		Path data = TestDataDirs.create("operations");
		Path log = data.resolve("app.log");
		int port = PackagedJar.freePort();
		ProcessBuilder web = new ProcessBuilder(PackagedJar.command("--server.port=" + port,
				"--candidate-search.data-dir=" + data, "--candidate-search.admin.password=" + TestAdmin.PASSWORD))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		web.environment().put("CANDIDATE_SEARCH_LOG_FORMAT", "ecs");
		this.app = web.start();
		PackagedJar.awaitUp(port, data);
		for (int i = 0; i < CANDIDATES; i++) {
			upload(port, "r" + i + ".txt", "Person Operated" + i + "\nop" + i + "@example.org\n\nSKILLS\nCobol, Qux" + i + "\n");
		}

		List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
		assertThat(lines).isNotEmpty();
		for (String line : lines) {
			JsonNode entry = this.json.readTree(line);
			assertThat(entry.get("@timestamp").asString()).as(line).isNotBlank();
			assertThat(entry.get("log").get("level").asString()).as(line).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
			assertThat(entry.get("log").get("logger").asString()).as(line).isNotBlank();
			assertThat(entry.get("service").get("name").asString()).as(line).isEqualTo("candidate-search");
			assertThat(entry.has("message")).as(line).isTrue();
		}
		assertThat(lines).anyMatch(line -> line.contains("Started CandidateSearchApplication"));

		Result refused = reindex(data);
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("reindex: the application could not start: ")
			.contains("stop it first, or reindex it while it runs with POST /api/admin/reindex.")
			.doesNotContain("\tat ");
		assertThat(refused.out()).as("no stack trace").doesNotContain("\tat ");

		this.app.destroy();
		this.app.waitFor(60, TimeUnit.SECONDS);
		Result done = reindex(data);

		assertThat(done.exit()).as(done.err()).isZero();
		List<String> out = done.out().lines().toList();
		assertThat(out).isNotEmpty();
		assertThat(out.subList(0, out.size() - 1))
			.allMatch(line -> line.matches("reindexed \\d+/" + CANDIDATES + " \\(\\d+%\\) \\d+ docs/s"))
			.last()
			.satisfies(line -> assertThat(line).startsWith("reindexed " + CANDIDATES + "/" + CANDIDATES + " (100%) "));
		assertThat(out.get(out.size() - 1)).matches("reindexed " + CANDIDATES + " candidates in \\d+\\.\\d s \\(\\d+ docs/s\\)");

		Result usage = run(List.of("reindex", "now"));
		assertThat(usage.exit()).isEqualTo(2);
		assertThat(usage.err()).startsWith("usage: reindex ");
	}

	private Result reindex(Path data) throws Exception {
		return run(List.of("reindex", "--candidate-search.data-dir=" + data));
	}

	private static Result run(List<String> args) throws Exception {
		List<String> command = PackagedJar.command(args.toArray(String[]::new));
		Path dir = TestDataDirs.create("reindex-command");
		Path out = dir.resolve("out.txt");
		Path err = dir.resolve("err.txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command ended within 180 s").isTrue();
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/**
	 * What a command did.
	 *
	 * @param exit its exit code
	 * @param out what it printed on standard output
	 * @param err what it printed on standard error
	 */
	record Result(int exit, String out, String err) {
	}

	private void upload(int port, String name, String content) throws IOException, InterruptedException {
		String boundary = "----operations";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/candidates"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((TestAdmin.NAME + ":" + TestAdmin.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

}

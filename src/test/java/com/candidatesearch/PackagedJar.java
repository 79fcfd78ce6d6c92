package com.candidatesearch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar run as a child process, for the tests that run after {@code ./mvnw package}. */
public final class PackagedJar {

	public static final Path JAR = Path.of("target", "candidate-search.jar");

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private PackagedJar() {
	}

	/** The command that runs the jar with these arguments, on a 512 MiB heap. */
	public static List<String> command(String... arguments) {
		assertThat(JAR).as("the packaged jar (this test runs after ./mvnw package)").exists();
		List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-jar", JAR.toString()));
		command.addAll(List.of(arguments));
		return command;
	}

	/** A port nobody listens on now. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Waits up to 120 s until the application on this port says it is up; its data folder is named on failure. */
	public static void awaitUp(int port, Path data) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
							.timeout(Duration.ofSeconds(30))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.body().contains("\"status\":\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				Thread.sleep(250);
			}
		}
		throw new AssertionError("the application did not start within 120 s; see its log in " + data);
	}

}

package com.candidatesearch.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test resources under {@code src/test/resources}, read by their classpath name. */
final class Fixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Fixtures() {
	}

	static JsonNode json(String name) {
		return JSON.readTree(bytes(name));
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of the files in a resource folder, sorted. */
	static Stream<String> list(String folder) {
		try (Stream<Path> files = Files.list(Path.of(Fixtures.class.getResource("/" + folder).toURI()))) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

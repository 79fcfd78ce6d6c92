package com.candidatesearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh data folders for tests that start the application, under {@code target/} so that
 * {@code ./mvnw clean} removes them and no test touches the real {@code ./data}.
 */
public final class TestDataDirs {

	private TestDataDirs() {
	}

	public static Path create(String name) {
		try {
			Path parent = Files.createDirectories(Path.of("target", "test-data"));
			return Files.createTempDirectory(parent, name + "-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.candidatesearch.candidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import com.candidatesearch.CandidateSearchProperties;
import org.springframework.stereotype.Component;

/**
 * The uploaded originals, kept under {@code <data-dir>/files} by their SHA-256, so the same bytes
 * are stored once and a stored file can be checked against its name.
 */
@Component
class ResumeFiles {

	private final Path root;

	ResumeFiles(CandidateSearchProperties properties) {
		this.root = properties.dataDir().resolve("files").toAbsolutePath().normalize();
	}

	/** Writes the bytes (atomically: a crash leaves no half-written file) and returns their relative path. */
	String store(String sha256, byte[] bytes) {
		String relative = sha256.substring(0, 2) + "/" + sha256;
		Path target = resolve(relative);
		try {
			Files.createDirectories(target.getParent());
			if (!Files.exists(target)) {
				Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
				Files.write(temp, bytes);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			else {
				// A file stored again counts as new, so the orphan sweep on start never takes it mid-upload.
				Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
			}
			return relative;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the uploaded file under " + this.root, ex);
		}
	}

	/** The folder the originals are kept in. */
	Path root() {
		return this.root;
	}

	byte[] read(String relative) throws IOException {
		return Files.readAllBytes(resolve(relative));
	}

	void delete(String relative) {
		try {
			Files.deleteIfExists(resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the stored file " + relative, ex);
		}
	}

	private Path resolve(String relative) {
		Path path = this.root.resolve(relative).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Stored file path leaves the data folder: " + relative);
		}
		return path;
	}

}

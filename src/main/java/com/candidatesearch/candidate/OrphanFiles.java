package com.candidatesearch.candidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes, when the application starts, stored originals that no candidate, earlier version or
 * held upload names: what a process killed between writing the file and committing its row
 * leaves behind, half-written {@code .part} files included. Only files older than the grace
 * period go, so an upload being stored on another node (or just after this one started) keeps
 * its file.
 */
@Component
class OrphanFiles {

	private static final Logger log = LoggerFactory.getLogger(OrphanFiles.class);

	private final ResumeFiles files;

	private final EntityManagerFactory entityManagerFactory;

	private final Duration grace;

	OrphanFiles(ResumeFiles files, EntityManagerFactory entityManagerFactory,
			@Value("${candidate-search.files.orphan-grace:PT1H}") Duration grace) {
		this.files = files;
		this.entityManagerFactory = entityManagerFactory;
		this.grace = grace;
	}

	@EventListener(ApplicationReadyEvent.class)
	void removeOnStart() {
		try {
			int removed = remove();
			if (removed > 0) {
				log.warn("Removed {} stored files that no candidate, version or held upload named (left by an upload "
						+ "that was stopped before it was stored)", removed);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.error("Could not look for stored files left without a candidate; they stay until the next start", ex);
		}
	}

	/** Removes the orphans older than the grace period and tells how many went. */
	int remove() throws IOException {
		Path root = this.files.root();
		if (!Files.isDirectory(root)) {
			return 0;
		}
		FileTime before = FileTime.from(Instant.now().minus(this.grace));
		List<Path> old;
		try (Stream<Path> all = Files.walk(root, 2)) {
			old = all.filter(Files::isRegularFile).filter(path -> modifiedBefore(path, before)).toList();
		}
		if (old.isEmpty()) {
			return 0;
		}
		Set<String> named = named();
		int removed = 0;
		for (Path path : old) {
			String relative = root.relativize(path).toString().replace('\\', '/');
			if (!named.contains(relative) && Files.deleteIfExists(path)) {
				removed++;
			}
		}
		return removed;
	}

	private Set<String> named() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			Set<String> named = new HashSet<>();
			for (String entity : List.of("Resume", "ResumeVersion", "PendingVersion")) {
				named.addAll(entityManager.createQuery("select r.storagePath from " + entity + " r", String.class)
					.getResultList());
			}
			return named;
		}
	}

	private static boolean modifiedBefore(Path path, FileTime before) {
		try {
			return Files.getLastModifiedTime(path).compareTo(before) < 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

}

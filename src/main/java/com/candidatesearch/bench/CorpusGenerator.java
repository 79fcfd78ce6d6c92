package com.candidatesearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import com.candidatesearch.parse.ParsedResume;

/**
 * Writes a reproducible corpus: {@code resumes/<stem>.<ext>}, each resume in one format, and
 * {@code gold/<stem>.json}, what the generator put in, so that
 * {@code eval DIR/resumes DIR/gold} scores the parser on it.
 */
final class CorpusGenerator {

	static final long DEFAULT_SEED = 20250601L;

	private final Path resumes;

	private final Path golds;

	private final long seed;

	private final ThreadLocal<FakeResumes> fakes;

	CorpusGenerator(Path dir, long seed) {
		this.resumes = dir.resolve("resumes");
		this.golds = dir.resolve("gold");
		this.seed = seed;
		this.fakes = ThreadLocal.withInitial(() -> new FakeResumes(seed));
	}

	/** A generated resume: its file and format. */
	record GeneratedResume(Path file, ResumeFormat format) {
	}

	/** Writes candidates {@code 0 … count-1}; a candidate's files are the same whatever the count. */
	List<GeneratedResume> generate(int count) {
		return generate(0, count);
	}

	/** Writes candidates {@code from … to-1}. */
	List<GeneratedResume> generate(int from, int to) {
		try {
			Files.createDirectories(this.resumes);
			Files.createDirectories(this.golds);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return IntStream.range(from, to).parallel().mapToObj(this::write).toList();
	}

	private GeneratedResume write(int index) {
		ParsedResume gold = this.fakes.get().candidate(index);
		ResumeFormat format = ResumeFormat.of(index);
		String stem = String.format("cand%06d", index);
		Path file = this.resumes.resolve(stem + "." + format.extension());
		try {
			Files.write(file, format.write(gold, new Random(this.seed * 31 + index)));
			Files.write(this.golds.resolve(stem + ".json"), ResumeFormat.JSON_MAPPER.writeValueAsBytes(gold));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new GeneratedResume(file, format);
	}

}

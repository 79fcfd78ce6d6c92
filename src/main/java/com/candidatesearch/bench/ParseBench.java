package com.candidatesearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import com.candidatesearch.bench.CorpusGenerator.GeneratedResume;
import com.candidatesearch.parse.ResumeParseException;
import com.candidatesearch.parse.ResumeParser;

/**
 * Times {@link ResumeParser} on one thread, per format, on files already in memory: what an
 * upload costs before the database and the index see it.
 */
final class ParseBench {

	static final int SAMPLE = 200;

	static final int WARM_UP = 50;

	private ParseBench() {
	}

	static void run(List<GeneratedResume> corpus, Figures figures, PrintStream progress) {
		ResumeParser parser = new ResumeParser();
		for (ResumeFormat format : ResumeFormat.values()) {
			List<byte[]> files = corpus.stream()
				.filter(resume -> resume.format() == format)
				.limit(SAMPLE)
				.map(ParseBench::read)
				.toList();
			if (files.isEmpty()) {
				continue;
			}
			String name = "resume." + format.extension();
			// a tiny corpus (the smoke test) is warmed up on each file once, not fifty times
			for (int i = 0; i < Math.min(WARM_UP, files.size()); i++) {
				parse(parser, name, files.get(i % files.size()));
			}
			long[] nanos = new long[files.size()];
			long started = System.nanoTime();
			for (int i = 0; i < files.size(); i++) {
				long start = System.nanoTime();
				parse(parser, name, files.get(i));
				nanos[i] = System.nanoTime() - start;
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			progress.printf("parsed %d %s files%n", files.size(), format.extension());
			figures.addLatencies("parse." + format.extension(), nanos);
			figures.add("parse." + format.extension() + ".rate", files.size() / seconds, "files/s");
		}
	}

	private static void parse(ResumeParser parser, String name, byte[] bytes) {
		try {
			parser.parse(name, bytes);
		}
		catch (ResumeParseException ex) {
			// a failed parse costs time too, and the scoreboard (eval) is where failures are counted
		}
	}

	private static byte[] read(GeneratedResume resume) {
		try {
			return Files.readAllBytes(resume.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.candidatesearch.bench;

import java.util.Random;

import com.candidatesearch.parse.ParsedResume;

/**
 * Ordinary resumes for tests outside this package, from the benchmark's generator: each index a
 * different person, the eight formats in turn, written in memory.
 */
public final class OrdinaryResumes {

	/** Not the benchmark's seed, nor the parse test's. */
	private static final long SEED = 20261205L;

	private static final ThreadLocal<FakeResumes> FAKES = ThreadLocal.withInitial(() -> new FakeResumes(SEED));

	private OrdinaryResumes() {
	}

	/**
	 * One generated resume file.
	 *
	 * @param name its file name, whose extension says its format
	 * @param content its bytes
	 */
	public record Resume(String name, byte[] content) {
	}

	/** Generated person {@code index}, always the same file for the same index. */
	public static Resume of(int index) {
		ParsedResume gold = FAKES.get().candidate(index);
		ResumeFormat format = ResumeFormat.of(index);
		return new Resume(String.format("ordinary%06d.%s", index, format.extension()),
				format.write(gold, new Random(SEED * 31 + index)));
	}

}

package com.candidatesearch.parse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand mutations of the test resumes (flipped, cut, spliced, stuffed with hostile
 * text) go through the parser: each must parse or fail with our own error type, never another
 * exception and never a hang. Reproducible: the mutations come from a fixed seed.
 */
class ParserFuzzTests {

	static final int INPUTS = Integer.getInteger("fuzz.inputs", 10_000);

	/** Beyond the parser's own 20-second limit per file, anything slower is a hang. */
	static final long HANG_SECONDS = 30;

	private static final String[] HOSTILE = { "<script>alert(1)</script>", "((((((((((((((((((((", "]]]]]]]]",
			"%PDF-1.7\n", "PK\u0003\u0004", "\u0000\u0000\u0000", "\uFEFF\uFFFE", "{\"basics\":{\"name\":",
			"&#x1F600;&#0;&amp;&lt;", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;&a;</x>",
			"\\rtf1\\ansi{\\fonttbl", "# # # # # #", "- - - - - -", "@@@@@@@@.com", "2019 - 2020 - 2021 - Present" };

	private final ResumeParser parser = new ResumeParser();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void noMutatedResumeEscapesWithAnotherExceptionOrHangs() throws Exception {
		List<Path> corpus = corpus();
		List<byte[]> originals = new ArrayList<>();
		for (Path file : corpus) {
			originals.add(Files.readAllBytes(file));
		}
		Random random = new Random(20261122L);
		List<String> escaped = Collections.synchronizedList(new ArrayList<>());
		ExecutorService workers = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (int i = 0; i < INPUTS; i++) {
				int source = random.nextInt(corpus.size());
				long seed = random.nextLong();
				String name = "fuzz-" + i + "-" + corpus.get(source).getFileName();
				byte[] input = mutate(originals.get(source), originals.get(random.nextInt(originals.size())), new Random(seed));
				pending.add(workers.submit(() -> parseOne(name, input, escaped)));
			}
			for (Future<?> result : pending) {
				try {
					result.get(HANG_SECONDS, TimeUnit.SECONDS);
				}
				catch (TimeoutException ex) {
					escaped.add("a parse took over " + HANG_SECONDS + " s");
					result.cancel(true);
				}
			}
		}
		finally {
			workers.shutdownNow();
		}
		assertThat(escaped).as("inputs that escaped with another exception (first 20)").isEmpty();
	}

	private void parseOne(String name, byte[] input, List<String> escaped) {
		try {
			ParseResult result = this.parser.parse(name, input);
			this.json.writeValueAsString(result.resume());
		}
		catch (ResumeParseException expected) {
			assertThat(expected.getMessage()).isNotBlank();
		}
		catch (Throwable ex) {
			if (escaped.size() < 20) {
				StackTraceElement ours = Arrays.stream(ex.getStackTrace())
					.filter(frame -> frame.getClassName().startsWith("com.candidatesearch"))
					.findFirst()
					.orElse(null);
				escaped.add(name + ": " + ex + " at " + ours);
			}
		}
	}

	static byte[] mutate(byte[] original, byte[] other, Random random) {
		byte[] bytes = original.clone();
		int rounds = 1 + random.nextInt(3);
		for (int round = 0; round < rounds; round++) {
			bytes = switch (random.nextInt(6)) {
				case 0 -> flip(bytes, random);
				case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
				case 2 -> insert(bytes, randomBytes(random, 1 + random.nextInt(64)), random);
				case 3 -> insert(bytes, slice(bytes, random), random);
				case 4 -> insert(Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)), slice(other, random), random);
				default -> insert(bytes, HOSTILE[random.nextInt(HOSTILE.length)].repeat(1 + random.nextInt(200))
					.getBytes(StandardCharsets.UTF_8), random);
			};
		}
		return bytes;
	}

	private static byte[] flip(byte[] bytes, Random random) {
		byte[] flipped = bytes.clone();
		for (int i = 0; i < 1 + random.nextInt(16) && flipped.length > 0; i++) {
			flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
		}
		return flipped;
	}

	private static byte[] insert(byte[] bytes, byte[] chunk, Random random) {
		int at = random.nextInt(bytes.length + 1);
		byte[] out = new byte[bytes.length + chunk.length];
		System.arraycopy(bytes, 0, out, 0, at);
		System.arraycopy(chunk, 0, out, at, chunk.length);
		System.arraycopy(bytes, at, out, at + chunk.length, bytes.length - at);
		return out;
	}

	private static byte[] slice(byte[] bytes, Random random) {
		if (bytes.length == 0) {
			return bytes;
		}
		int from = random.nextInt(bytes.length);
		return Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + 1 + random.nextInt(4096)));
	}

	private static byte[] randomBytes(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static List<Path> corpus() throws IOException, URISyntaxException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("/seeds", "/goldset/resumes")) {
			try (Stream<Path> listed = Files.list(Path.of(ParserFuzzTests.class.getResource(folder).toURI()))) {
				listed.sorted().forEach(files::add);
			}
		}
		return files;
	}

}

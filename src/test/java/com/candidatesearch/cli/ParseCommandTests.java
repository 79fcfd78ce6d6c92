package com.candidatesearch.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesOneJsonFilePerResumeNamedByItsStem() throws IOException {
		Path resume = copySeed("002_ebfafff7a943e743.html");
		Path outDir = this.dir.resolve("out");

		int exit = run("--out", outDir.toString(), resume.toString());

		assertThat(exit).isZero();
		JsonNode parsed = JsonMapper.builder().build().readTree(outDir.resolve("002_ebfafff7a943e743.json").toFile());
		assertThat(parsed.get("basics").isObject()).isTrue();
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void printsJsonWithoutOut() throws IOException {
		int exit = run(copySeed("001_8e724327113ee43c.txt").toString());

		assertThat(exit).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"basics\"");
	}

	@Test
	void oneFailingFileIsReportedOnStandardErrorAndTheOthersStillParse() throws IOException {
		Path empty = Files.write(this.dir.resolve("empty.pdf"), new byte[0]);
		Path good = copySeed("001_8e724327113ee43c.txt");
		Path outDir = this.dir.resolve("out");

		int exit = run("--out", outDir.toString(), empty.toString(), good.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString()).startsWith(empty + ": ").contains("empty.pdf");
		assertThat(outDir.resolve("001_8e724327113ee43c.json")).exists();
		assertThat(outDir.resolve("empty.json")).doesNotExist();
	}

	@Test
	void missingFileSaysSo() {
		int exit = run(this.dir.resolve("nope.pdf").toString());

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString()).contains("nope.pdf: no such file; check the path.");
	}

	@Test
	void withoutFilesPrintsUsage() {
		assertThat(run()).isEqualTo(2);
		assertThat(this.err.toString()).contains(ParseCommand.USAGE);
	}

	private int run(String... args) {
		return ParseCommand.run(List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private Path copySeed(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
			Path target = this.dir.resolve(name);
			Files.copy(in, target);
			return target;
		}
	}

}

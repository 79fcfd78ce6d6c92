package com.candidatesearch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of the bench command on a tiny corpus: every figure the performance issue asks
 * for is printed with a number, and the CSV holds the same. The figures themselves are not
 * judged here; a timed unit test would only measure the CI machine.
 */
class BenchCommandTests {

	static final List<String> REQUIRED = requiredFigures();

	@Test
	void printsEveryRequiredFigureWithANumber() throws IOException {
		Path dir = TestDataDirs.create("bench");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = BenchCommand.run(List.of("--candidates", "40", "--out", dir.toString(), "--load-seconds", "5"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		Map<String, String> printed = out.toString(StandardCharsets.UTF_8)
			.lines()
			.map(line -> line.split(" "))
			.collect(Collectors.toMap(cells -> cells[0], cells -> cells[1], (first, second) -> second));
		assertThat(printed).containsKeys(REQUIRED.toArray(String[]::new));
		assertThat(REQUIRED).allSatisfy(name -> assertThat(printed.get(name)).as(name).matches("-?\\d+(\\.\\d+)?"));
		assertThat(printed.get("ingest.created")).isEqualTo("40");
		// The load test: uploads landed while searches ran, nothing failed on the server, nothing was lost.
		assertThat(Double.parseDouble(printed.get("load.created"))).isPositive();
		assertThat(Double.parseDouble(printed.get("load.searches"))).isPositive();
		assertThat(printed.get("load.errors")).isEqualTo("0");
		assertThat(printed.get("load.lost")).isEqualTo("0");
		assertThat(Files.readAllLines(dir.resolve("figures.csv")).stream().map(line -> line.split(",")[0]))
			.contains(REQUIRED.toArray(String[]::new));
		assertThat(dir.resolve("corpus/gold/cand000039.json")).exists();
	}

	@Test
	void refusesAnUnknownArgumentWithUsage() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = BenchCommand.run(List.of("--fast"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(String.format("%s%nbench: error: unknown argument"
				+ " --fast%n", BenchCommand.USAGE));
	}

	private static List<String> requiredFigures() {
		List<String> names = new ArrayList<>();
		for (ResumeFormat format : ResumeFormat.values()) {
			Function<String, String> parse = figure -> "parse." + format.extension() + "." + figure;
			names.addAll(List.of(parse.apply("p50"), parse.apply("p99"), parse.apply("rate")));
		}
		names.addAll(List.of("ingest.rate", "reindex.seconds", "search.p50", "search.p99", "floor.search.p50",
				"floor.search.p99", "heap.used", "index.bytes_per_candidate", "db.bytes_per_candidate",
				"relevance.ndcg10", "relevance.mrr", "load.upload.rate", "load.upload.p50", "load.upload.p99",
				"load.search.rate", "load.search.p50", "load.search.p99", "load.errors", "load.lost"));
		return names;
	}

}

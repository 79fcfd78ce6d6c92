package com.candidatesearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.candidatesearch.bench.CorpusGenerator.GeneratedResume;
import com.candidatesearch.parse.ParsedResume;

/**
 * {@code bench [--candidates N[,N...]] [--out DIR] [--load-seconds S]}: generates a corpus,
 * parses a sample of each format, then for each size loads that many resumes into a fresh
 * application over HTTP and measures ingest, reindexing, search and footprint; last, uploads
 * and searches at once on the largest for S seconds (default 60, 0 for none). Figures go to standard output
 * as {@code name value unit} and to {@code DIR/figures.csv}; progress goes to standard error.
 */
public final class BenchCommand {

	static final String USAGE = "usage: bench [--candidates N[,N...]] [--out DIR] [--load-seconds S]";

	static final int DEFAULT_CANDIDATES = 10_000;

	/** Resumes generated for each second of the load test, more than its uploaders manage. */
	private static final int LOAD_FILES_PER_SECOND = 150;

	/** Candidates whose names, employers and schools fill the query mix. */
	private static final int KNOWN = 50;

	private BenchCommand() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		List<Integer> sizes = List.of(DEFAULT_CANDIDATES);
		Path dir = Path.of("target", "bench");
		int loadSeconds = LoadBench.SECONDS;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ((arg.equals("--candidates") || arg.equals("--out") || arg.equals("--load-seconds"))
					&& i + 1 == args.size()) {
				return usage(err, arg + " needs a value");
			}
			if (arg.equals("--candidates")) {
				try {
					sizes = Stream.of(args.get(++i).split(",")).map(String::trim).map(Integer::valueOf).sorted().toList();
				}
				catch (NumberFormatException ex) {
					return usage(err, "--candidates takes whole numbers separated by commas");
				}
				if (sizes.stream().anyMatch(size -> size < 1)) {
					return usage(err, "--candidates must be at least 1");
				}
			}
			else if (arg.equals("--out")) {
				dir = Path.of(args.get(++i));
			}
			else if (arg.equals("--load-seconds")) {
				try {
					loadSeconds = Integer.parseInt(args.get(++i).trim());
				}
				catch (NumberFormatException ex) {
					return usage(err, "--load-seconds takes a whole number of seconds");
				}
				if (loadSeconds < 0) {
					return usage(err, "--load-seconds must be 0 (no load test) or more");
				}
			}
			else {
				return usage(err, "unknown argument " + arg);
			}
		}
		try {
			run(sizes, dir.toAbsolutePath(), loadSeconds, out, err);
			return 0;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("bench: error: " + ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	private static void run(List<Integer> sizes, Path dir, int loadSeconds, PrintStream out, PrintStream err)
			throws IOException, InterruptedException {
		long started = System.nanoTime();
		Figures figures = new Figures(out);
		int largest = sizes.get(sizes.size() - 1);
		err.printf("generating %d resumes and their gold in %s%n", largest, dir.resolve("corpus"));
		long generating = System.nanoTime();
		List<GeneratedResume> corpus = new CorpusGenerator(dir.resolve("corpus"), CorpusGenerator.DEFAULT_SEED)
			.generate(largest);
		figures.add("generate.seconds", (System.nanoTime() - generating) / 1e9, "s");
		ParseBench.run(corpus, figures, err);
		RelevanceBench.run(fresh(dir.resolve("data-relevance")), figures, err);
		FakeResumes fakes = new FakeResumes(CorpusGenerator.DEFAULT_SEED);
		List<ParsedResume> known = IntStream.range(0, Math.min(KNOWN, largest)).mapToObj(fakes::candidate).toList();
		List<String> queries = BenchQueries.mix(known);
		// The mix beside the figures, so a latency can be traced to its query and replayed.
		Files.write(dir.resolve("queries.txt"), queries);
		List<Path> files = corpus.stream().map(GeneratedResume::file).toList();
		Path history = dir.resolve("history.csv");
		for (int size : sizes) {
			err.printf("loading %d candidates into a fresh application%n", size);
			Figures sized = new Figures(out);
			sized.add("candidates", size, "count");
			new ScaleBench(sized, err).run(files.subList(0, size), queries, fresh(dir.resolve("data-" + size)));
			Figures.appendHistory(history, size, sized.all());
			sized.all().forEach(figures::keep);
		}
		if (loadSeconds > 0) {
			// New resumes for the uploaders, beyond the largest corpus: more than four clients can send.
			int extra = loadSeconds * LOAD_FILES_PER_SECOND;
			err.printf("load: %d uploaders and %d searchers for %d s on the %d candidates%n", LoadBench.UPLOADERS,
					LoadBench.SEARCHERS, loadSeconds, largest);
			List<Path> fresh = new CorpusGenerator(dir.resolve("corpus"), CorpusGenerator.DEFAULT_SEED)
				.generate(largest, largest + extra)
				.stream()
				.map(GeneratedResume::file)
				.toList();
			new LoadBench(figures, err).run(dir.resolve("data-" + largest), fresh, queries, loadSeconds);
		}
		figures.add("bench.seconds", (System.nanoTime() - started) / 1e9, "s");
		figures.writeCsv(dir.resolve("figures.csv"));
		if (LatencyPlot.write(history, dir.resolve("search-latency.svg"))) {
			err.println("plotted " + dir.resolve("search-latency.svg"));
		}
		err.println("figures in " + dir.resolve("figures.csv"));
	}

	/** An empty folder: each run measures an application that starts from nothing. */
	private static Path fresh(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
				for (Path path : all) {
					Files.delete(path);
				}
			}
		}
		return Files.createDirectories(folder);
	}

	private static int usage(PrintStream err, String problem) {
		err.println(USAGE);
		err.println("bench: error: " + problem);
		return 2;
	}

}

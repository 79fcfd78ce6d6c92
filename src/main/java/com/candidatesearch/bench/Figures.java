package com.candidatesearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a benchmark run, printed as {@code name value unit} the moment they are
 * measured, so a long run shows its results as it goes, and kept for the CSV files.
 */
final class Figures {

	/** A measured figure. */
	record Figure(String name, double value, String unit) {

		String formattedValue() {
			return this.value == Math.rint(this.value) && Math.abs(this.value) < 1e15
					? String.valueOf((long) this.value) : String.format(Locale.ROOT, "%.3f", this.value);
		}

	}

	private final List<Figure> figures = new ArrayList<>();

	private final PrintStream out;

	Figures(PrintStream out) {
		this.out = out;
	}

	void add(String name, double value, String unit) {
		Figure figure = new Figure(name, value, unit);
		this.figures.add(figure);
		this.out.println(figure.name() + " " + figure.formattedValue() + " " + figure.unit());
		this.out.flush();
	}

	/** Keeps a figure already printed elsewhere, for the CSV. */
	void keep(Figure figure) {
		this.figures.add(figure);
	}

	/** Latency percentiles in milliseconds, from durations in nanoseconds. */
	void addLatencies(String prefix, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		add(prefix + ".p50", percentile(sorted, 50) / 1e6, "ms");
		add(prefix + ".p99", percentile(sorted, 99) / 1e6, "ms");
	}

	List<Figure> all() {
		return List.copyOf(this.figures);
	}

	/** {@code figures.csv}: this run's figures, {@code name,value,unit}. */
	void writeCsv(Path file) throws IOException {
		StringBuilder csv = new StringBuilder("name,value,unit\n");
		this.figures.forEach(f -> csv.append(f.name()).append(',').append(f.formattedValue()).append(',')
			.append(f.unit()).append('\n'));
		Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	/** Appends the figures measured at one corpus size to {@code history.csv}, which the plot reads. */
	static void appendHistory(Path file, int candidates, List<Figure> figures) throws IOException {
		StringBuilder csv = new StringBuilder(Files.exists(file) ? "" : "candidates,name,value,unit\n");
		figures.forEach(f -> csv.append(candidates).append(',').append(f.name()).append(',')
			.append(f.formattedValue()).append(',').append(f.unit()).append('\n'));
		Files.writeString(file, csv, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/** Nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}

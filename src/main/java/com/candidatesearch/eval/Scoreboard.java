package com.candidatesearch.eval;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of score.py's directory mode, character for character: P, R and F1 per file, the
 * micro totals per section, and the final line {@code overall F1 0.873 (P 0.901 R 0.846)}.
 */
final class Scoreboard {

	private final boolean verbose;

	private final List<Row> rows = new ArrayList<>();

	private final Map<String, Counts> totals = new LinkedHashMap<>();

	private final CorpusSources sources;

	/**
	 * @param verbose whether to list every false positive and false negative under its file, as
	 * score.py's {@code -v} does
	 */
	Scoreboard(boolean verbose) {
		this(verbose, null);
	}

	/**
	 * @param verbose whether to list every false positive and false negative under its file
	 * @param sources where the corpus's files come from, or {@code null} for score.py's plain
	 * table; with sources the files are grouped by source, and figures per source, per format
	 * and per part of the split come before the section totals
	 */
	Scoreboard(boolean verbose, CorpusSources sources) {
		this.verbose = verbose;
		this.sources = sources;
	}

	private record Row(String stem, String label, String note, Score score) {

		/** The file's extension, {@code (none)} for a gold file without a resume. */
		String format() {
			int dot = this.label.lastIndexOf('.');
			return (this.label.equals(this.stem) || dot < 0) ? "(none)"
					: this.label.substring(dot + 1).toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Adds the score of one file.
	 * @param stem the name of its gold file without {@code .json}
	 * @param label the file's name as the table shows it
	 * @param note why the file scored as an empty parse, or {@code null}
	 * @param score its score
	 */
	void add(String stem, String label, String note, Score score) {
		this.rows.add(new Row(stem, label, note, score));
		score.sections().forEach((section, counts) -> this.totals.merge(section, counts, Counts::plus));
	}

	void print(PrintStream out) {
		out.print(String.format("%s %6s %6s %6s\n", pad("file", 40), "P", "R", "F1"));
		if (this.sources == null) {
			this.rows.forEach((row) -> printRow(out, row, ""));
		}
		else {
			printBySource(out);
		}
		out.print("\nmicro totals over " + this.rows.size() + " files\n");
		printTotals(out);
	}

	private void printRow(PrintStream out, Row row, String indent) {
		Counts overall = row.score().overall();
		String note = (row.note() != null) ? "  (" + row.note() + ")" : "";
		out.print(String.format("%s %6s %6s %6s%s\n", pad(indent + row.label(), 40), figure(overall.precision()),
				figure(overall.recall()), figure(overall.f1()), note));
		if (this.verbose) {
			row.score().differences().forEach((difference) -> out.print(indent + "    " + difference.kind() + "  "
					+ difference.path() + "  " + firstCodePoints(difference.value(), 160) + "\n"));
		}
	}

	private void printBySource(PrintStream out) {
		Map<String, List<Row>> bySource = new TreeMap<>();
		Map<String, Counts> byFormat = new TreeMap<>();
		Map<String, Counts> byPart = new TreeMap<>();
		Map<String, Integer> filesByFormat = new TreeMap<>();
		Map<String, Integer> filesByPart = new TreeMap<>();
		for (Row row : this.rows) {
			String source = this.sources.sourceOfStem(row.stem());
			bySource.computeIfAbsent(source, (key) -> new ArrayList<>()).add(row);
			byFormat.merge(row.format(), row.score().overall(), Counts::plus);
			filesByFormat.merge(row.format(), 1, Integer::sum);
			String part = this.sources.partOfSource(source);
			if (part != null) {
				byPart.merge(part, row.score().overall(), Counts::plus);
				filesByPart.merge(part, 1, Integer::sum);
			}
		}
		Map<String, Counts> bySourceTotal = new TreeMap<>();
		Map<String, Integer> filesBySource = new TreeMap<>();
		bySource.forEach((source, rows) -> {
			String part = this.sources.partOfSource(source);
			out.print("\n" + source + ((part != null) ? "  [" + part + "]" : "") + "\n");
			rows.forEach((row) -> printRow(out, row, "  "));
			bySourceTotal.put(source, rows.stream().map((row) -> row.score().overall()).reduce(Counts.NONE, Counts::plus));
			filesBySource.put(source, rows.size());
		});
		printGroups(out, "per source", bySourceTotal, filesBySource);
		printGroups(out, "per format", byFormat, filesByFormat);
		if (!byPart.isEmpty()) {
			printGroups(out, "per part", byPart, filesByPart);
		}
	}

	private static void printGroups(PrintStream out, String title, Map<String, Counts> counts,
			Map<String, Integer> files) {
		out.print(String.format("\n%s %5s %5s %5s %5s  %6s %6s %6s\n", pad(title, 32), "files", "tp", "fp", "fn", "P",
				"R", "F1"));
		counts.forEach((group, sum) -> out.print(String.format("%s %5d %5d %5d %5d  %6s %6s %6s\n", pad(group, 32),
				files.get(group), sum.tp(), sum.fp(), sum.fn(), figure(sum.precision()), figure(sum.recall()),
				figure(sum.f1()))));
	}

	private void printTotals(PrintStream out) {
		out.print(String.format("%s %5s %5s %5s  %6s %6s %6s\n", pad("section", 14), "tp", "fp", "fn", "P", "R", "F1"));
		Counts all = Counts.NONE;
		for (String section : ContractShape.ordered(this.totals.keySet())) {
			Counts counts = this.totals.get(section);
			all = all.plus(counts);
			out.print(counts.isZero() ? String.format("%s %5d %5d %5d  %6s %6s %6s\n", pad(section, 14), 0, 0, 0, "-",
					"-", "-") : tableRow(section, counts));
		}
		out.print(tableRow("all", all));
		out.print(finalLine(all) + "\n");
	}

	/** score.py's last line, e.g. {@code overall F1 0.873 (P 0.901 R 0.846)}. */
	static String finalLine(Counts overall) {
		return "overall F1 " + figure(overall.f1()) + " (P " + figure(overall.precision()) + " R "
				+ figure(overall.recall()) + ")";
	}

	private static String tableRow(String section, Counts counts) {
		return String.format("%s %5d %5d %5d  %6s %6s %6s\n", pad(section, 14), counts.tp(), counts.fp(), counts.fn(),
				figure(counts.precision()), figure(counts.recall()), figure(counts.f1()));
	}

	/**
	 * Three decimals of a figure as score.py prints it: rounded to six places first (its
	 * {@code prf} does), then to three, both half-even on the exact binary value as Python does.
	 */
	static String figure(double value) {
		double sixPlaces = new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
		return new BigDecimal(sixPlaces).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
	}

	/** Python's {@code %-Ns}: padded to N characters, counting code points. */
	private static String pad(String text, int width) {
		int length = text.codePointCount(0, text.length());
		return (length >= width) ? text : text + " ".repeat(width - length);
	}

	private static String firstCodePoints(String text, int count) {
		int length = text.codePointCount(0, text.length());
		return (length <= count) ? text : text.substring(0, text.offsetByCodePoints(0, count));
	}

}

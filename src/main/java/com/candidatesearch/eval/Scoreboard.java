package com.candidatesearch.eval;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of score.py's directory mode, character for character: P, R and F1 per file, the
 * micro totals per section, and the final line {@code overall F1 0.873 (P 0.901 R 0.846)}.
 */
final class Scoreboard {

	private final boolean verbose;

	private final List<Row> rows = new ArrayList<>();

	private final Map<String, Counts> totals = new LinkedHashMap<>();

	/**
	 * @param verbose whether to list every false positive and false negative under its file, as
	 * score.py's {@code -v} does
	 */
	Scoreboard(boolean verbose) {
		this.verbose = verbose;
	}

	private record Row(String label, String note, Score score) {
	}

	/**
	 * Adds the score of one file.
	 * @param label the file's name as the table shows it
	 * @param note why the file scored as an empty parse, or {@code null}
	 * @param score its score
	 */
	void add(String label, String note, Score score) {
		this.rows.add(new Row(label, note, score));
		score.sections().forEach((section, counts) -> this.totals.merge(section, counts, Counts::plus));
	}

	void print(PrintStream out) {
		out.print(String.format("%s %6s %6s %6s\n", pad("file", 40), "P", "R", "F1"));
		for (Row row : this.rows) {
			Counts overall = row.score().overall();
			String note = (row.note() != null) ? "  (" + row.note() + ")" : "";
			out.print(String.format("%s %6s %6s %6s%s\n", pad(row.label(), 40), figure(overall.precision()),
					figure(overall.recall()), figure(overall.f1()), note));
			if (this.verbose) {
				row.score().differences().forEach((difference) -> out.print("    " + difference.kind() + "  "
						+ difference.path() + "  " + firstCodePoints(difference.value(), 160) + "\n"));
			}
		}
		out.print("\nmicro totals over " + this.rows.size() + " files\n");
		printTotals(out);
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

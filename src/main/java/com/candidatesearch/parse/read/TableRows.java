package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.parse.layout.Line;

/**
 * Reads the rows of a Markdown pipe table ("| Languages | Python, Go |") as a table's cells:
 * the first a label, the others its content, as a layout table in a Word file is read. The
 * delimiter row and the column names above it are no content.
 */
final class TableRows {

	private static final Pattern DELIMITER = Pattern.compile("\\|?+\\s*+:?-{3,}+:?\\s*+(?:\\|\\s*+:?-{3,}+:?\\s*+)*+\\|?+");

	/** A first cell this short names what the rest of its row is ("Languages", "2019 – 2021"). */
	private static final int MAX_LABEL_WORDS = 4;

	/** Whether the lines read are inside a table, below its delimiter row. */
	private boolean inTable;

	/** Where the last line that could be a header row was added, or -1. */
	private int headerAt = -1;

	/**
	 * Adds a line of a table as its cells, drops a delimiter row and the header row above it.
	 *
	 * @return whether the line was a table's and has been read; {@code false} leaves it to the caller
	 */
	boolean read(String content, Line.Kind kind, boolean gap, List<Line> lines) {
		if (kind != Line.Kind.TEXT || content.indexOf('|') < 0) {
			this.inTable = false;
			this.headerAt = -1;
			return false;
		}
		if (DELIMITER.matcher(content).matches()) {
			if (this.headerAt >= 0 && namesColumns(lines.subList(this.headerAt, lines.size()))) {
				lines.subList(this.headerAt, lines.size()).clear();
			}
			this.inTable = true;
			this.headerAt = -1;
			return true;
		}
		boolean row = this.inTable || (content.startsWith("|") && content.endsWith("|"));
		if (!row) {
			this.headerAt = -1;
			return false;
		}
		this.headerAt = this.inTable ? -1 : lines.size();
		List<String> cells = cells(content);
		boolean rowGap = gap;
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			boolean label = i == 0 && cells.size() > 1 && cell.split("\\s+").length <= MAX_LABEL_WORDS;
			lines.add(new Line(cell, label ? Line.Kind.LABEL : Line.Kind.TEXT, 0, false, List.of(), 0, rowGap || label));
			rowGap = false;
		}
		return true;
	}

	/**
	 * Whether a header row names its columns ("Year | Position"), rather than holding the first
	 * row of a table used for layout, which Markdown makes a header ("Languages | Python, Go").
	 */
	private static boolean namesColumns(List<Line> header) {
		return header.stream().map(Line::text).allMatch(cell -> cell.split("\\s+").length <= 2
				&& cell.chars().noneMatch(c -> c == ',' || Character.isDigit(c)));
	}

	private static List<String> cells(String row) {
		String inner = row.strip();
		if (inner.startsWith("|")) {
			inner = inner.substring(1);
		}
		if (inner.endsWith("|")) {
			inner = inner.substring(0, inner.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("\\|")) {
			if (!cell.isBlank()) {
				cells.add(cell.strip());
			}
		}
		return cells;
	}

}

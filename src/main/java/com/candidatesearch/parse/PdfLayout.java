package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.candidatesearch.parse.PdfWords.Word;

/**
 * Turns positioned PDF words into {@link Line}s: words on one baseline form a row, wide gaps
 * split a row into cells, and a clear gutter splits a page into columns read one after the
 * other; {@link PdfParagraphs} then joins the rows that wrap.
 */
final class PdfLayout {

	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s*)?\\d{1,3}(\\s*(of|/)\\s*\\d{1,3})?");

	private static final Pattern BULLET_ONLY = Pattern.compile("[\u2022\u00b7\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u2013\u2014\\-*\uf0b7\uf0a7]");

	private PdfLayout() {
	}

	static List<Line> lines(List<Word> words) {
		Map<Integer, List<Word>> pages = new TreeMap<>();
		for (Word word : words) {
			pages.computeIfAbsent(word.page(), page -> new ArrayList<>()).add(word);
		}
		List<List<Cell>> columns = new ArrayList<>();
		for (List<Word> page : pages.values()) {
			columns.addAll(columns(rows(page)));
		}
		return PdfParagraphs.join(columns, bodySize(words), words);
	}

	private static List<List<Word>> rows(List<Word> words) {
		List<Word> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparing(Word::y).thenComparing(Word::x));
		List<List<Word>> rows = new ArrayList<>();
		List<Word> row = null;
		float rowY = 0;
		for (Word word : sorted) {
			if (row == null || Math.abs(word.y() - rowY) > 0.4f * word.size()) {
				row = new ArrayList<>();
				rows.add(row);
				rowY = word.y();
			}
			row.add(word);
		}
		rows.forEach(r -> r.sort(Comparator.comparing(Word::x)));
		rows.removeIf(r -> PAGE_NUMBER.matcher(String.join(" ", r.stream().map(Word::text).toList())).matches());
		return rows;
	}

	/** The cells of each row, then the page's cells grouped into columns in reading order. */
	private static List<List<Cell>> columns(List<List<Word>> rows) {
		List<List<Cell>> cellsByRow = new ArrayList<>();
		for (List<Word> row : rows) {
			cellsByRow.add(cells(row));
		}
		float labelEdge = labelEdge(cellsByRow);
		if (labelEdge > 0) {
			for (int i = 0; i < rows.size(); i++) {
				cellsByRow.set(i, splitAt(rows.get(i), labelEdge, cellsByRow.get(i)));
			}
		}
		float gutter = gutter(cellsByRow);
		if (gutter < 0) {
			List<Cell> all = new ArrayList<>();
			cellsByRow.forEach(all::addAll);
			return List.of(all);
		}
		List<Cell> left = new ArrayList<>();
		List<Cell> right = new ArrayList<>();
		for (List<Cell> row : cellsByRow) {
			List<Cell> leftPart = new ArrayList<>();
			List<Cell> rightPart = new ArrayList<>();
			for (Cell cell : row) {
				// the gutter is a rounded x, so the column's own first cells may start just left of it
				(cell.x() < gutter - 1 ? leftPart : rightPart).add(cell);
			}
			left.addAll(withinColumn(leftPart));
			right.addAll(withinColumn(rightPart));
		}
		return List.of(left, right);
	}

	/** A row's cells on one side of the gutter, first and shared judged within that column. */
	private static List<Cell> withinColumn(List<Cell> part) {
		return toCells(part.stream().map(Cell::words).toList());
	}

	private static List<Cell> cells(List<Word> row) {
		List<List<Word>> groups = new ArrayList<>();
		List<Word> current = new ArrayList<>();
		for (Word word : row) {
			if (!current.isEmpty()) {
				Word previous = current.get(current.size() - 1);
				float gap = word.x() - previous.endX();
				boolean bulletOnly = current.size() == 1 && BULLET_ONLY.matcher(previous.text()).matches();
				if (gap > Math.max(1.6f * word.size(), 10f) && !bulletOnly) {
					groups.add(current);
					current = new ArrayList<>();
				}
			}
			current.add(word);
		}
		groups.add(current);
		return toCells(groups);
	}

	/**
	 * Cells from a row's word groups. A row is shared (its first cell may be a table label)
	 * only when another cell holds more than dates: "Analyst … 07/2017 – 02/2019" is a title
	 * with its dates set to the right, not a label column.
	 */
	private static List<Cell> toCells(List<List<Word>> groups) {
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			boolean shared = false;
			for (int j = 0; j < groups.size() && !shared; j++) {
				shared = j != i && !DateRange.isDateOnly(text(groups.get(j)));
			}
			cells.add(new Cell(groups.get(i), i == 0, shared));
		}
		return cells;
	}

	private static String text(List<Word> words) {
		return String.join(" ", words.stream().map(Word::text).toList());
	}

	/**
	 * Where the content column of a table layout starts ("Education | entries"): the x at
	 * which short first cells are followed by content in several rows, or -1.
	 */
	private static float labelEdge(List<List<Cell>> rows) {
		Map<Integer, Integer> starts = new HashMap<>();
		for (List<Cell> row : rows) {
			if (row.size() >= 2 && row.get(0).label()) {
				starts.merge(Math.round(row.get(1).x()), 1, Integer::sum);
			}
		}
		return starts.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= 2)
			.max(Map.Entry.comparingByValue())
			.map(entry -> (float) entry.getKey())
			.orElse(-1f);
	}

	/** A row whose label ran into its content (a narrow gap) split at the content column. */
	private static List<Cell> splitAt(List<Word> row, float edge, List<Cell> cells) {
		if (cells.size() != 1 || row.get(0).x() >= edge - 2) {
			return cells;
		}
		List<Word> label = row.stream().filter(word -> word.endX() < edge).toList();
		List<Word> content = row.stream().filter(word -> word.endX() >= edge).toList();
		if (label.isEmpty() || content.isEmpty() || content.get(0).x() < edge - 2 || label.size() > 4) {
			return cells;
		}
		return List.of(new Cell(label, true, true), new Cell(content, false, true));
	}

	/**
	 * The x of a gutter that splits the page into two dense columns, or -1. A sparse left
	 * column (section labels of a table layout) or right column (dates) is not a gutter:
	 * those rows are read across.
	 */
	private static float gutter(List<List<Cell>> rows) {
		// the leftmost gutter that holds is where the right column starts; one further right
		// would cut its indented lines (bullets) off from its headings
		Set<Integer> candidates = new TreeSet<>();
		// a right column's headings often sit on rows of their own, so every cell's start counts
		for (List<Cell> row : rows) {
			for (Cell cell : row) {
				candidates.add(Math.round(cell.x()));
			}
		}
		int textRows = rows.size();
		for (int candidate : candidates) {
			int leftRows = 0;
			int rightRows = 0;
			int leftChars = 0;
			boolean crossed = false;
			for (List<Cell> row : rows) {
				boolean left = false;
				boolean right = false;
				for (Cell cell : row) {
					if (cell.x() < candidate - 1 && cell.endX() > candidate + 1) {
						crossed = true;
					}
					if (cell.endX() <= candidate + 1) {
						left = true;
						leftChars += cell.text().length();
					}
					else if (cell.x() >= candidate - 1) {
						right = true;
					}
				}
				leftRows += left ? 1 : 0;
				rightRows += right ? 1 : 0;
			}
			if (!crossed && leftRows >= 0.3 * textRows && rightRows >= 0.3 * textRows
					&& leftChars >= 12 * leftRows) {
				return candidate;
			}
		}
		return -1;
	}

	private static float bodySize(List<Word> words) {
		Map<Integer, Integer> chars = new HashMap<>();
		for (Word word : words) {
			chars.merge(Math.round(word.size() * 2), word.text().length(), Integer::sum);
		}
		return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.field.Entry;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.read.PdfWords.Word;
import com.candidatesearch.parse.section.SectionKind;

/**
 * Turns positioned PDF words into {@link Line}s: words on one baseline form a row, wide gaps
 * split a row into cells, and a clear gutter splits a page into columns read one after the
 * other; {@link PdfParagraphs} then joins the rows that wrap.
 */
public final class PdfLayout {

	private static final Pattern BULLET_ONLY = Pattern.compile("[\u2022\u00b7\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u2013\u2014\\-*\uf0b7\uf0a7]");

	private PdfLayout() {
	}

	static List<Line> lines(List<Word> words) {
		Map<Integer, List<Word>> pages = new TreeMap<>();
		for (Word word : words) {
			pages.computeIfAbsent(word.page(), page -> new ArrayList<>()).add(word);
		}
		List<List<List<Word>>> rows = new ArrayList<>();
		for (List<Word> page : pages.values()) {
			rows.add(rows(page));
		}
		rows = IconMarks.apply(rows);
		List<Word> text = words.stream().filter(word -> !word.icon()).toList();
		float body = bodySize(text);
		List<List<List<Word>>> kept = new ArrayList<>(PageFurniture.remove(rows));
		List<List<Word>> footer = List.of();
		int footerAt = kept.isEmpty() ? -1 : ContactFooter.start(kept.get(0));
		if (footerAt > 0) {
			footer = kept.get(0).subList(footerAt, kept.get(0).size());
			kept.set(0, kept.get(0).subList(0, footerAt));
		}
		List<List<Cell>> columns = new ArrayList<>();
		boolean first = true;
		for (List<List<Word>> page : kept) {
			for (List<Cell> column : columns(page, body, first)) {
				columns.add(SideBySideLists.reorder(column));
			}
			first = false;
		}
		if (!footer.isEmpty() && !columns.isEmpty()) {
			columns.set(0, underTitle(columns.get(0), footer));
		}
		return PdfParagraphs.join(columns, body, text);
	}

	/** The column with the footer's rows read right after its first row, the name's. */
	private static List<Cell> underTitle(List<Cell> column, List<List<Word>> footer) {
		List<Cell> read = new ArrayList<>(column);
		float titleY = column.get(0).words().get(0).y();
		int at = 0;
		while (at < read.size() && Math.abs(read.get(at).words().get(0).y() - titleY) < 1) {
			at++;
		}
		List<Cell> cells = new ArrayList<>();
		footer.forEach(row -> cells.addAll(cells(row)));
		read.addAll(at, cells);
		return read;
	}

	private static List<List<Word>> rows(List<Word> words) {
		List<Word> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparing(Word::y).thenComparing(Word::x));
		List<List<Word>> rows = new ArrayList<>();
		List<Word> row = null;
		float rowY = 0;
		float rowSize = 0;
		for (Word word : sorted) {
			// measured by the row's somewhat larger type: a small "to" between two dates, centred
			// on them, sits a little off their baseline but on their row (a name set four times
			// larger than the contact lines beside it says nothing of their rows)
			float measure = Math.max(word.size(), Math.min(rowSize, 1.5f * word.size()));
			if (row == null || Math.abs(word.y() - rowY) > 0.4f * measure) {
				row = new ArrayList<>();
				rows.add(row);
				rowY = word.y();
				rowSize = 0;
			}
			row.add(word);
			rowSize = Math.max(rowSize, word.size());
		}
		rows.forEach(r -> r.sort(Comparator.comparing(Word::x)));
		return rows;
	}

	/** The cells of each row, then the page's cells grouped into columns in reading order. */
	private static List<List<Cell>> columns(List<List<Word>> rows, float body, boolean firstPage) {
		List<List<Cell>> cellsByRow = new ArrayList<>();
		float[] margin = MarginEdge.of(rows);
		for (List<Word> row : rows) {
			cellsByRow.add(margin == null ? cells(row) : MarginEdge.split(row, margin, PdfLayout::cells));
		}
		float labelEdge = labelEdge(cellsByRow);
		if (labelEdge > 0) {
			float labelStart = labelStart(cellsByRow);
			for (int i = 0; i < rows.size(); i++) {
				cellsByRow.set(i, splitAt(rows.get(i), labelStart, labelEdge, cellsByRow.get(i)));
			}
		}
		float gutter = Gutter.of(cellsByRow);
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
		if (MarginColumn.holds(left, right, body)) {
			return List.of(MarginColumn.interleave(left, right));
		}
		List<List<Cell>> header = firstPage ? header(left, right) : null;
		return header != null ? header : headerBand(left, right);
	}

	/**
	 * The first page's columns in reading order where both hold part of the header: what lies
	 * above the first section's name on either side (a name and summary on the left, a contact
	 * block on the right) is read first, left then right, then each column's sections, so the
	 * contact block is not read after every section of the other column. Only the first page
	 * has a header: on a later page the top of a column goes on from the page before.
	 */
	static List<List<Cell>> header(List<Cell> left, List<Cell> right) {
		if (left.isEmpty() || right.isEmpty() || left.get(0).page() != right.get(0).page()) {
			return null;
		}
		float top = Float.MAX_VALUE;
		for (List<Cell> side : List.of(left, right)) {
			for (Cell cell : side) {
				if (SectionKind.of(cell.text().replaceAll("[:：]\\s*$", "")) != null) {
					top = Math.min(top, cell.y() - 0.5f * cell.size());
				}
			}
		}
		int leftTop = above(left, top);
		int rightTop = above(right, top);
		if (leftTop == 0 || rightTop == 0 || leftTop == left.size() || rightTop == right.size()) {
			return null;
		}
		return List.of(left.subList(0, leftTop), right.subList(0, rightTop), left.subList(leftTop, left.size()),
				right.subList(rightTop, right.size()));
	}

	/** How many of a column's cells, top to bottom, lie above a baseline. */
	private static int above(List<Cell> column, float y) {
		int count = 0;
		while (count < column.size() && column.get(count).y() < y) {
			count++;
		}
		return count;
	}

	/**
	 * The columns in reading order where one of them ends in the page's header: a contact
	 * block set beside the name stands beside the header only, so the page is read as two
	 * columns down to its end and across below it, not with the contact block after all the
	 * sections. The header is what lies above the first section's name.
	 */
	private static List<List<Cell>> headerBand(List<Cell> left, List<Cell> right) {
		if (left.isEmpty() || right.isEmpty() || left.get(0).page() != right.get(0).page()) {
			return List.of(left, right);
		}
		float leftEnd = left.get(left.size() - 1).y();
		float rightEnd = right.get(right.size() - 1).y();
		List<Cell> shortSide = leftEnd < rightEnd ? left : right;
		List<Cell> longSide = shortSide == left ? right : left;
		float bandEnd = shortSide.get(shortSide.size() - 1).y() + shortSide.get(shortSide.size() - 1).size();
		int split = 0;
		while (split < longSide.size() && longSide.get(split).y() <= bandEnd) {
			if (SectionKind.of(longSide.get(split).text().replaceAll("[:：]\\s*$", "")) != null) {
				return List.of(left, right);
			}
			split++;
		}
		if (split == longSide.size()) {
			return List.of(left, right);
		}
		List<Cell> top = longSide.subList(0, split);
		List<Cell> rest = longSide.subList(split, longSide.size());
		return shortSide == left ? List.of(left, top, rest) : List.of(top, right, rest);
	}

	/** A row's cells on one side of the gutter, first and shared judged within that column. */
	private static List<Cell> withinColumn(List<Cell> part) {
		return toCells(part.stream().map(Cell::words).toList());
	}

	static boolean isBullet(String text) {
		return BULLET_ONLY.matcher(text).matches();
	}

	static List<Cell> cells(List<Word> row) {
		List<List<Word>> groups = new ArrayList<>();
		List<Word> current = new ArrayList<>();
		for (Word word : row) {
			if (!current.isEmpty()) {
				Word previous = current.get(current.size() - 1);
				float gap = word.x() - previous.endX();
				boolean bulletOnly = current.size() == 1 && BULLET_ONLY.matcher(previous.text()).matches();
				// a bold title and the plain place set after it with a gap wider than a space
				// ("Intern, Company   City, State") are two cells though the gap is narrow
				boolean weightChanges = previous.bold() != word.bold() && gap > 0.9f * word.size();
				// a small label and the larger text beside it ("August 2002 – Present   Independent
				// consultant", a Europass CV's label column) are two cells where the gap is wider than a space
				boolean sizeChanges = Math.abs(previous.size() - word.size()) > 1.5f
						&& gap > 0.7f * Math.min(previous.size(), word.size());
				// a list mark set further from the dates before it than a space ("2017-04 - 2020-09   • Built
				// the pipelines", a grid of title, dates and bullets) opens a cell: a mark between words
				// of one phrase ("React • Vue") is spaced as they are
				boolean markOpens = BULLET_ONLY.matcher(word.text()).matches() && gap > 0.8f * word.size();
				// chips set in a row ("Go  Java  Python") stand further apart than words, but are one list
				boolean chips = previous.tag() && word.tag() && gap < 4 * word.size();
				if ((gap > Math.max(1.6f * word.size(), 10f) || weightChanges || sizeChanges || markOpens) && !bulletOnly
						&& !chips) {
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
	static List<Cell> toCells(List<List<Word>> groups) {
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

	/** Where the labels start: the left edge most of them share. */
	private static float labelStart(List<List<Cell>> rows) {
		Map<Integer, Integer> starts = new HashMap<>();
		for (List<Cell> row : rows) {
			if (row.size() >= 2 && row.get(0).label()) {
				starts.merge(Math.round(row.get(0).x()), 1, Integer::sum);
			}
		}
		return starts.entrySet().stream().max(Map.Entry.comparingByValue()).map(entry -> (float) entry.getKey()).orElse(-1f);
	}

	/**
	 * A row whose label ran into its content (a narrow gap) split at the content column. Only
	 * a row starting where the labels do: an indented bullet whose first words end left of
	 * the content column ("• Redesigned the settlement") is one line, not a label.
	 */
	private static List<Cell> splitAt(List<Word> row, float start, float edge, List<Cell> cells) {
		if (cells.size() != 1 || row.get(0).x() >= edge - 2 || Math.abs(row.get(0).x() - start) > 2) {
			return cells;
		}
		List<Word> label = row.stream().filter(word -> word.endX() < edge).toList();
		List<Word> content = row.stream().filter(word -> word.endX() >= edge).toList();
		if (label.isEmpty() || content.isEmpty() || content.get(0).x() < edge - 2 || label.size() > 4) {
			return cells;
		}
		return List.of(new Cell(label, true, true), new Cell(content, false, true));
	}

	private static float bodySize(List<Word> words) {
		Map<Integer, Integer> chars = new HashMap<>();
		for (Word word : words) {
			chars.merge(Math.round(word.size() * 2), word.text().length(), Integer::sum);
		}
		return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
	}

}

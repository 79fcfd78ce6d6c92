package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.candidatesearch.parse.PdfWords.Word;

/**
 * Turns positioned PDF words into {@link Line}s: words on one baseline form a row, wide gaps
 * split a row into cells, a clear gutter splits a page into columns read one after the
 * other, and a row that only continues the one above (it would not have fitted there) is
 * joined to it.
 */
final class PdfLayout {

	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s*)?\\d{1,3}(\\s*(of|/)\\s*\\d{1,3})?");

	private static final Pattern BULLET_ONLY = Pattern.compile("[\u2022\u00b7\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u2013\u2014\\-*\uf0b7\uf0a7]");

	/** "ML: scikit-learn, …": one to three words and a colon open a line of their own. */
	private static final Pattern LABELLED = Pattern.compile("\\p{Lu}[\\p{L}&/+ -]{0,30}:\\s");

	private PdfLayout() {
	}

	static List<Line> lines(List<Word> words) {
		float body = bodySize(words);
		Map<String, Integer> vocabulary = vocabulary(words);
		List<Line> lines = new ArrayList<>();
		Map<Integer, List<Word>> pages = new TreeMap<>();
		for (Word word : words) {
			pages.computeIfAbsent(word.page(), page -> new ArrayList<>()).add(word);
		}
		List<Cell> cells = new ArrayList<>();
		List<Float> rights = new ArrayList<>();
		for (List<Word> page : pages.values()) {
			for (List<Cell> column : columns(rows(page))) {
				float right = rightEdge(column);
				for (Cell cell : column) {
					cells.add(cell);
					rights.add(right);
				}
			}
		}
		return join(cells, rights, body, vocabulary);
	}

	/**
	 * Where a column's full lines end: the furthest end that two lines or more reach, so one
	 * line that overruns the margin (a long URL in LaTeX) does not move the edge.
	 */
	private static float rightEdge(List<Cell> column) {
		Map<Integer, Integer> ends = new HashMap<>();
		for (Cell cell : column) {
			ends.merge(Math.round(cell.endX() / 2), 1, Integer::sum);
		}
		int edge = ends.entrySet().stream().filter(end -> end.getValue() >= 2).mapToInt(Map.Entry::getKey).max().orElse(-1);
		float max = (float) column.stream().mapToDouble(Cell::endX).max().orElse(0);
		return edge < 0 ? max : Math.min(max, edge * 2 + 1);
	}

	/**
	 * The distance between the baselines of a paragraph's lines, or 0 when unknown: the
	 * smallest step that recurs, since gaps between paragraphs only ever add to it.
	 */
	private static float pitch(List<Cell> cells) {
		Map<Integer, Integer> steps = new TreeMap<>();
		for (int i = 1; i < cells.size(); i++) {
			float dy = cells.get(i).y() - cells.get(i - 1).y();
			if (dy > 0.8f * cells.get(i).size() && cells.get(i).page() == cells.get(i - 1).page()
					&& Math.abs(cells.get(i).size() - cells.get(i - 1).size()) < 0.1f) {
				steps.merge(Math.round(dy * 2), 1, Integer::sum);
			}
		}
		return steps.entrySet().stream().filter(e -> e.getValue() >= 3).findFirst().map(e -> e.getKey() / 2f).orElse(0f);
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

	private static List<Line> join(List<Cell> cells, List<Float> rights, float body, Map<String, Integer> vocabulary) {
		float pitch = pitch(cells);
		List<Line> lines = new ArrayList<>();
		Cell previous = null;
		StringBuilder text = null;
		Cell head = null;
		List<String> emphasis = new ArrayList<>();
		boolean gap = true;
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			if (previous != null && continues(previous, cell, rights.get(i - 1), pitch)) {
				appendJoined(text, cell.text(), vocabulary);
				List<String> runs = cell.emphasis();
				if (!runs.isEmpty() && !emphasis.isEmpty() && previous.words().get(previous.words().size() - 1).italic()
						&& cell.words().get(0).italic()) {
					emphasis.set(emphasis.size() - 1, emphasis.get(emphasis.size() - 1) + " " + runs.get(0));
					runs = runs.subList(1, runs.size());
				}
				emphasis.addAll(runs);
				previous = cell;
				continue;
			}
			if (text != null) {
				lines.add(line(head, text, emphasis, body, gap));
				gap = cell.y() - previous.y() > 1.45f * previous.size() || cell.y() < previous.y();
			}
			head = cell;
			text = new StringBuilder(cell.text());
			emphasis = new ArrayList<>(cell.emphasis());
			previous = cell;
		}
		if (text != null) {
			lines.add(line(head, text, emphasis, body, gap));
		}
		return lines;
	}

	private static boolean continues(Cell above, Cell cell, float right, float pitch) {
		float dy = cell.y() - above.y();
		// a paragraph gap a little wider than the line pitch (LaTeX's \parskip) ends a paragraph
		if (pitch > 0 && dy > 1.12f * pitch + 0.5f && cell.page() == above.page()) {
			return false;
		}
		boolean nextPage = cell.page() != above.page() && Character.isLowerCase(cell.text().charAt(0));
		if ((!nextPage && (dy <= 0.3f * above.size() || dy > 1.7f * above.size()))
				|| Math.abs(cell.size() - above.size()) > 0.6f || above.label() || !cell.first()
				|| Bullets.strip(cell.text()) != null || startsOwnLine(above, cell)) {
			return false;
		}
		return above.endX() + cell.firstWordWidth() + 0.5f * cell.size() > right;
	}

	/**
	 * Lines a sidebar stacks without wrapping: a date beside a title, a contact detail, a
	 * "Label: values" line. They end short of the column's edge only by chance, so the
	 * width test alone would run them together.
	 */
	private static boolean startsOwnLine(Cell above, Cell cell) {
		String text = cell.text();
		String previous = above.text();
		boolean contactAbove = !previous.contains(" ") && (ContactDetails.email(previous) != null
				|| ContactDetails.website(previous) != null) || ContactDetails.phone(previous) != null && previous.length() < 24;
		// a line of one to three words is full only in a column too narrow for the next word,
		// and a stacked list ("Jetpack Compose", "SwiftUI") starts each entry with a capital
		boolean shortAbove = previous.split("\\s+").length <= 3 && Character.isUpperCase(text.charAt(0));
		return DateRange.isDateOnly(previous) || contactAbove || shortAbove || LABELLED.matcher(text).lookingAt()
				|| ContactDetails.email(text) != null && text.split("\\s+").length <= 2
				|| ContactDetails.email(above.text()) != null && above.text().split("\\s+").length <= 2
				|| ContactDetails.phone(text) != null && text.length() < 24
				|| !text.contains(" ") && (ContactDetails.website(text) != null || !ContactDetails.profiles(text).isEmpty());
	}

	/** Joins a wrapped line, taking out a line-break hyphen only where the whole word occurs. */
	private static void appendJoined(StringBuilder text, String next, Map<String, Integer> vocabulary) {
		int end = text.length();
		if (end > 2 && text.charAt(end - 1) == '-' && Character.isLowerCase(text.charAt(end - 2))
				&& !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
			int start = end - 1;
			while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
				start--;
			}
			String left = text.substring(start, end - 1).toLowerCase(Locale.ROOT);
			String right = next.split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
			// a compound ("real-time") keeps its hyphen when both halves are words of the resume;
			// otherwise the hyphen is a typesetter's line break ("ware-houses")
			// (each half occurs once as the fragment itself, so a word of the resume occurs twice)
			boolean compound = left.length() > 1 && vocabulary.getOrDefault(left, 0) > 1
					&& vocabulary.getOrDefault(right, 0) > 1;
			if (vocabulary.containsKey(left + right) || !compound) {
				text.setLength(end - 1);
			}
			text.append(next);
			return;
		}
		if (end > 2 && text.charAt(end - 1) == '-' && Character.isLowerCase(text.charAt(end - 2)) && !next.isEmpty()
				&& Character.isUpperCase(next.charAt(0))) {
			// "Py-" + "Torch", "Python-" + "Based": the halves of one token, hyphen and all
			text.append(next);
			return;
		}
		text.append(' ').append(next);
	}

	private static Line line(Cell head, StringBuilder text, List<String> emphasis, float body, boolean gap) {
		List<String> runs = emphasis.stream().map(InlineMarkup::fold).toList();
		Line line = new Line(InlineMarkup.fold(text.toString()), head.label() ? Line.Kind.LABEL : Line.Kind.TEXT, 0,
				head.bold(), runs, body > 0 ? head.size() / body : 0, gap);
		return Bullets.mark(line);
	}

	private static float bodySize(List<Word> words) {
		Map<Integer, Integer> chars = new HashMap<>();
		for (Word word : words) {
			chars.merge(Math.round(word.size() * 2), word.text().length(), Integer::sum);
		}
		return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
	}

	/** How often each word occurs, to tell a line-break hyphen from a compound's. */
	private static Map<String, Integer> vocabulary(List<Word> words) {
		Map<String, Integer> vocabulary = new HashMap<>();
		for (Word word : words) {
			for (String token : word.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
				vocabulary.merge(token, 1, Integer::sum);
			}
		}
		return vocabulary;
	}

}

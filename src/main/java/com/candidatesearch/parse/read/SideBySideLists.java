package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Two bullet lists set side by side inside one column (a web theme's highlights in two
 * columns): each row holds a line of the left list and a line of the right one, often closer
 * together than the gap that splits a row into cells, so read across they interleave two
 * lists' items and run one item's wrapped line into the other's. Found where rows open with a
 * list mark on both sides of a white strip that no word of the rows between crosses; read as
 * the left list, then the right; three or four lists in a row (a skills grid) are parted one
 * cut at a time, and a row of the lists' names right over them goes with them.
 */
final class SideBySideLists {

	private SideBySideLists() {
	}

	/** The column's cells with each band of side-by-side lists read one list after the other. */
	static List<Cell> reorder(List<Cell> column) {
		return reorder(column, new int[] { Cell.MARGIN + 1 });
	}

	/**
	 * @param lanes the next free lane, shared with the reading of the lists right of a cut, so
	 *        that no two lists share one
	 */
	private static List<Cell> reorder(List<Cell> column, int[] lanes) {
		List<List<Cell>> rows = rows(column);
		List<Cell> read = new ArrayList<>();
		int i = 0;
		while (i < rows.size()) {
			float[] strip = strip(words(rows.get(i)));
			int end = strip == null ? i + 1 : bandEnd(rows, i, strip);
			if (strip == null && i + 1 < rows.size() && strip(words(rows.get(i + 1))) != null) {
				// "Platforms   Automation   Observability" over the lists they name
				float[] below = strip(words(rows.get(i + 1)));
				int belowEnd = bandEnd(rows, i + 1, below);
				if (belowEnd - i >= 3 && namesLists(rows.get(i), rows.get(i + 1), (below[0] + below[1]) / 2)) {
					strip = below;
					end = belowEnd;
				}
			}
			if (strip == null) {
				end = gridEnd(rows, i);
				strip = end - i < 2 ? null : gridStrip(rows.subList(i, end));
			}
			int heads = -1;
			if (strip == null && i + 1 < rows.size()) {
				// the two lists' names on one row over the grid, too close to be two cells
				int gridEnd = gridEnd(rows, i + 1);
				float[] gridStrip = gridEnd - i < 3 ? null : gridStrip(rows.subList(i + 1, gridEnd));
				heads = gridStrip == null ? -1 : headsApart(rows.get(i), rows.get(i + 1), gridStrip);
				if (heads > 0) {
					strip = gridStrip;
					end = gridEnd;
				}
			}
			if (strip == null || end - i < 2) {
				read.addAll(rows.get(i));
				i++;
				continue;
			}
			float cut = (strip[0] + strip[1]) / 2;
			int lane = lanes[0];
			lanes[0] += 2;
			List<Cell> right = new ArrayList<>();
			for (int r = i; r < end; r++) {
				List<Word> words = words(rows.get(r));
				boolean headRow = r == i && heads > 0;
				List<Word> leftWords = headRow ? words.subList(0, heads)
						: words.stream().filter(word -> word.endX() <= cut).toList();
				List<Word> rightWords = headRow ? words.subList(heads, words.size())
						: words.stream().filter(word -> word.x() >= cut).toList();
				for (Cell cell : leftWords.isEmpty() ? List.<Cell>of() : PdfLayout.cells(leftWords)) {
					read.add(cell.inLane(lane));
				}
				for (Cell cell : rightWords.isEmpty() ? List.<Cell>of() : PdfLayout.cells(rightWords)) {
					right.add(cell.inLane(lane + 1));
				}
			}
			// the right side may hold more lists side by side, parted at their own cut
			read.addAll(reorder(right, lanes));
			i = end;
		}
		return read;
	}

	/**
	 * Where a grid of lists that starts at row {@code start} ends (exclusive), or
	 * {@code start}: rows of two cells each whose second cell keeps one distance from the
	 * first while both move in together (a list's heading, then its items indented under it,
	 * beside another such list). A table of labels and values keeps its two edges instead.
	 */
	private static int gridEnd(List<List<Cell>> rows, int start) {
		List<Cell> first = rows.get(start);
		if (first.size() != 2) {
			return start;
		}
		float left = first.get(0).x();
		float distance = first.get(1).x() - left;
		float leftCentre = centre(first.get(0));
		float rightCentre = centre(first.get(1));
		float size = first.get(0).size();
		boolean indented = false;
		int end = start + 1;
		while (end < rows.size()) {
			List<Cell> row = rows.get(end);
			Cell above = rows.get(end - 1).get(0);
			if (end == start + 1 && row.size() == 2 && row.get(0).size() < size) {
				// the cards' headings may be set larger than their items
				size = row.get(0).size();
			}
			if (row.size() != 2 || row.get(0).margin() || row.get(0).page() != above.page()
					|| row.get(0).y() - above.y() > 2.5f * size || Math.abs(row.get(0).size() - size) > 0.1f * size) {
				break;
			}
			// two cards of lines centred or set flush right (a heading and its items) keep their
			// centres or right edges where their left edges wander
			boolean aligned = Math.abs(centre(row.get(0)) - leftCentre) <= 1.5f && Math.abs(centre(row.get(1)) - rightCentre) <= 1.5f
					|| Math.abs(row.get(0).endX() - first.get(0).endX()) <= 1.5f && Math.abs(row.get(1).endX() - first.get(1).endX()) <= 1.5f;
			if (!aligned && Math.abs(row.get(1).x() - row.get(0).x() - distance) > 1.5f) {
				break;
			}
			indented |= Math.abs(row.get(0).x() - left) > 0.5f * size;
			end++;
		}
		// (or two cards whose headings are both set in bold over plain lines: a table's labels
		// are bold on the left only)
		boolean headed = first.get(0).bold() && first.get(1).bold() && end - start >= 2
				&& rows.subList(start + 1, end).stream().noneMatch(row -> row.get(0).bold() || row.get(1).bold());
		return (indented || headed) && end - start >= 3 ? end : start;
	}

	/**
	 * Where a row of one cell right over a grid of two lists parts into the lists' names, as
	 * the index of the right name's first word, or -1: a gap wider than a space that lies
	 * within the grid's white strip ("Research   Programming" over two lists set flush right).
	 */
	private static int headsApart(List<Cell> row, List<Cell> below, float[] strip) {
		if (row.size() != 1 || row.get(0).margin() || row.get(0).page() != below.get(0).page()
				|| below.get(0).y() - row.get(0).y() > 2.5f * row.get(0).size()) {
			return -1;
		}
		List<Word> words = row.get(0).words();
		for (int i = 1; i < words.size(); i++) {
			float left = words.get(i - 1).endX();
			float right = words.get(i).x();
			if (right - left > 0.6f * words.get(i).size() && left >= strip[0] - 1.5f && right <= strip[1] + 1.5f) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether a row of two or more cells right over a band of lists names them: no word of it
	 * crosses the cut between the lists, words stand on both sides, and none is a list mark.
	 */
	private static boolean namesLists(List<Cell> row, List<Cell> below, float cut) {
		if (row.size() < 2 || row.get(0).margin() || row.get(0).page() != below.get(0).page()
				|| below.get(0).y() - row.get(0).y() > 2.5f * row.get(0).size()) {
			return false;
		}
		List<Word> words = words(row);
		return words.stream().noneMatch(word -> word.x() < cut && word.endX() > cut || PdfLayout.isBullet(word.text()))
				&& words.stream().anyMatch(word -> word.endX() <= cut) && words.stream().anyMatch(word -> word.x() >= cut);
	}

	private static float centre(Cell cell) {
		return (cell.x() + cell.endX()) / 2;
	}

	/** The white strip between the grid's two lists. */
	private static float[] gridStrip(List<List<Cell>> band) {
		float left = 0;
		float right = Float.MAX_VALUE;
		for (List<Cell> row : band) {
			left = Math.max(left, row.get(0).endX());
			right = Math.min(right, row.get(1).x());
		}
		return right > left ? new float[] { left, right } : null;
	}

	/** The column's rows: a row's first cell and the cells beside it; a margin's cell is a row of its own. */
	private static List<List<Cell>> rows(List<Cell> column) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Cell cell : column) {
			if (rows.isEmpty() || cell.first() || cell.margin()) {
				rows.add(new ArrayList<>());
			}
			rows.get(rows.size() - 1).add(cell);
		}
		return rows;
	}

	private static List<Word> words(List<Cell> row) {
		List<Word> words = new ArrayList<>();
		row.forEach(cell -> words.addAll(cell.words()));
		return words;
	}

	/**
	 * The white strip between a row's two list items, or null: the row opens with a list mark,
	 * and another list mark follows a gap wider than a space.
	 */
	private static float[] strip(List<Word> words) {
		if (words.size() < 4 || !PdfLayout.isBullet(words.get(0).text())) {
			return null;
		}
		for (int i = 2; i < words.size(); i++) {
			Word before = words.get(i - 1);
			Word mark = words.get(i);
			if (PdfLayout.isBullet(mark.text()) && mark.x() - before.endX() > 0.6f * mark.size()) {
				return new float[] { before.endX(), mark.x() };
			}
		}
		return null;
	}

	/**
	 * Where the band of side-by-side rows that starts at row {@code start} ends (exclusive): at
	 * the first row whose words leave no white strip between the lists, that is set in another
	 * size, or that lies further below than a paragraph gap. The strip is narrowed to what
	 * stays white on the band's rows.
	 */
	private static int bandEnd(List<List<Cell>> rows, int start, float[] strip) {
		float size = rows.get(start).get(0).size();
		int end = start + 1;
		while (end < rows.size()) {
			List<Cell> row = rows.get(end);
			Cell first = row.get(0);
			Cell above = rows.get(end - 1).get(0);
			if (first.margin() || first.page() != above.page() || first.y() - above.y() > 2.5f * size
					|| Math.abs(first.size() - size) > 0.1f * size) {
				break;
			}
			// the strip narrows to what stays white on every row; a word across all of it ends the band
			float left = strip[0];
			float right = strip[1];
			for (Word word : words(row)) {
				if (word.x() < (left + right) / 2) {
					left = Math.max(left, word.endX());
				}
				else {
					right = Math.min(right, word.x());
				}
			}
			if (right - left < 0.4f * size) {
				break;
			}
			strip[0] = left;
			strip[1] = right;
			end++;
		}
		return end;
	}

}

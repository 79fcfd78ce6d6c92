package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * A margin column set flush right against the text column (LaTeX's moderncv and Europass put
 * an entry's dates or a section's label there): its words end at one x and the text column
 * starts at another a little further right, closer than the gap that splits a row into cells,
 * so the two would read as one run of words ("2019–2021 Engineer, Acme"). Found by several
 * rows breaking at the same pair of edges, where the text column is also where other rows
 * start.
 */
final class MarginEdge {

	private MarginEdge() {
	}

	/** The margin's right edge and the text column's left edge, or {@code null}. */
	static float[] of(List<List<Word>> rows) {
		Map<Integer, Integer> starts = new HashMap<>();
		for (List<Word> row : rows) {
			starts.merge(Math.round(row.get(0).x()), 1, Integer::sum);
		}
		Map<Long, Integer> breaks = new HashMap<>();
		Map<Long, float[]> edges = new HashMap<>();
		for (List<Word> row : rows) {
			for (int i = 1; i < row.size(); i++) {
				Word before = row.get(i - 1);
				Word after = row.get(i);
				// a list's mark sits left of its text's edge just the same, and marks no margin
				if (i == 1 && PdfLayout.isBullet(before.text())) {
					continue;
				}
				// wider than a space between words, yet not so wide that the row is already split there
				float gap = after.x() - before.endX();
				// (and between words of one size: a smaller "to" between two dates is set apart by its size)
				if (gap < 0.6f * after.size() || gap > Math.max(1.6f * after.size(), 10f)
						|| Math.abs(after.size() - before.size()) > 0.1f * after.size()) {
					continue;
				}
				long key = Math.round(before.endX()) * 100_000L + Math.round(after.x());
				breaks.merge(key, 1, Integer::sum);
				edges.putIfAbsent(key, new float[] { before.endX(), after.x() });
			}
		}
		int mostStarts = starts.values().stream().max(Integer::compare).orElse(0);
		float[] best = null;
		int bestCount = 0;
		for (Map.Entry<Long, Integer> entry : breaks.entrySet()) {
			float[] edge = edges.get(entry.getKey());
			// the text column is where rows of their own start too (headings, wrapped lines), more
			// than anywhere else: a table's inner column ("Python | 2 | Comment") is not the text's edge
			int rowsStarting = starts.getOrDefault(Math.round(edge[1]), 0);
			if (entry.getValue() >= 3 && rowsStarting >= 3 && 2 * rowsStarting >= mostStarts
					&& entry.getValue() > bestCount) {
				best = edge;
				bestCount = entry.getValue();
			}
		}
		return best;
	}

	/** The row's cells, its words left of the text column kept apart as a cell of their own. */
	static List<Cell> split(List<Word> row, float[] edge, Function<List<Word>, List<Cell>> cells) {
		int at = -1;
		for (int i = 1; i < row.size() && at < 0; i++) {
			if (Math.abs(row.get(i - 1).endX() - edge[0]) <= 1.5f && Math.abs(row.get(i).x() - edge[1]) <= 1.5f) {
				at = i;
			}
		}
		if (at < 0) {
			return cells.apply(row);
		}
		List<Cell> left = cells.apply(row.subList(0, at));
		List<Cell> right = cells.apply(row.subList(at, row.size()));
		List<List<Word>> groups = new ArrayList<>();
		left.forEach(cell -> groups.add(cell.words()));
		right.forEach(cell -> groups.add(cell.words()));
		return PdfLayout.toCells(groups);
	}

}

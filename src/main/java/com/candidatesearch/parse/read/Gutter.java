package com.candidatesearch.parse.read;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.candidatesearch.parse.section.SectionKind;

/**
 * Finds the gutter between a PDF page's two columns, where it has two: two dense columns,
 * or a main column with a sidebar beside it.
 */
final class Gutter {

	private Gutter() {
	}

	/**
	 * The x of a gutter that splits the page into two columns, or -1: either two dense
	 * columns, or a main column with a sidebar beside it (skills, languages, contact) that
	 * fills less of the page but sits side by side with it on several rows. A left column of
	 * section labels (a table layout) or a right column of dates is not a gutter: those rows
	 * are read across.
	 */
	static float of(List<List<Cell>> rows) {
		// the leftmost gutter that holds is where the right column starts; one further right
		// would cut its indented lines (bullets) off from its headings
		Set<Integer> candidates = new TreeSet<>();
		// a right column's headings often sit on rows of their own, so every cell's start counts
		for (List<Cell> row : rows) {
			for (Cell cell : row) {
				candidates.add(Math.round(cell.x()));
			}
		}
		// what each cell is, judged once, not once per candidate
		List<List<Span>> spans = rows.stream().map(row -> row.stream().map(Span::of).toList()).toList();
		float pageEnd = (float) spans.stream().flatMap(List::stream).mapToDouble(Span::endX).max().orElse(0);
		for (int candidate : candidates) {
			Sides sides = Sides.at(spans, candidate, pageEnd);
			if (sides != null && (sides.dense(rows.size()) || sides.sidebar(rows.size()))) {
				return candidate;
			}
		}
		return -1;
	}

	/** Where a cell lies and what it holds, as the gutter search needs it. */
	private record Span(float x, float endX, int length, boolean heading, boolean dateOnly) {

		static Span of(Cell cell) {
			String text = cell.text();
			return new Span(cell.x(), cell.endX(), text.length(),
					SectionKind.of(text.replaceAll("[:：]\\s*$", "")) != null,
					PdfParagraphs.besideNote(text));
		}

	}

	/** What lies left and right of a candidate gutter, counted in rows and characters. */
	private record Sides(int leftRows, int rightRows, int leftChars, int rightTextRows, int rightChars, int bothRows,
			int leftHeadings, int rightHeadings, int crossed, int aligned) {

		/**
		 * How far right of the gutter a column's row may start and still be on its edge (an
		 * indented bullet, an icon before the text), or short of the page's right edge a row of
		 * a column set flush right may end.
		 */
		private static final float EDGE = 8;

		/**
		 * The counts, or {@code null} when more than two cells cross the candidate.
		 *
		 * @param pageEnd where the page's rightmost text ends
		 */
		static Sides at(List<List<Span>> rows, int candidate, float pageEnd) {
			int[] counts = new int[10];
			for (List<Span> row : rows) {
				boolean left = false;
				boolean right = false;
				boolean rightText = false;
				boolean aligned = false;
				boolean datesAtEdge = false;
				for (Span cell : row) {
					if (cell.x() < candidate - 1 && cell.endX() > candidate + 1) {
						// a long address or name line above a sidebar may run into the gutter,
						// once or twice; more is a page read across
						if (++counts[8] > 2) {
							return null;
						}
						continue;
					}
					if (cell.endX() <= candidate + 1) {
						left = true;
						counts[2] += cell.length();
						counts[6] += cell.heading() ? 1 : 0;
					}
					else if (cell.x() >= candidate - 1) {
						right = true;
						// a column of entries with a date column of its own (dates and lengths of
						// time beside or above the heads) starts at its dates
						datesAtEdge |= cell.dateOnly() && cell.x() <= candidate + EDGE;
						if (!cell.dateOnly()) {
							rightText = true;
							aligned |= cell.x() <= candidate + EDGE || cell.endX() >= pageEnd - EDGE;
							counts[4] += cell.length();
							counts[7] += cell.heading() ? 1 : 0;
						}
					}
				}
				counts[0] += left ? 1 : 0;
				counts[1] += right ? 1 : 0;
				counts[3] += rightText ? 1 : 0;
				counts[5] += left && rightText ? 1 : 0;
				counts[9] += aligned || datesAtEdge ? 1 : 0;
			}
			return new Sides(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7],
					counts[8], counts[9]);
		}

		/**
		 * Whether the right side has an edge: a column's rows start at the candidate (or end at
		 * the page's right edge, set flush right), while a place or a chart's labels set at x's
		 * of their own right of a main column's short lines start at many, so a gap before them
		 * is no gutter.
		 */
		boolean edged() {
			return 2 * this.aligned >= this.rightTextRows;
		}

		/** Two columns that each fill a good part of the page's rows. */
		boolean dense(int textRows) {
			// (a right side of one-word lines is the second half of a grid of short lists)
			// (and a right side of dates and places beside each entry's head is no column of text)
			return this.crossed == 0 && this.leftRows >= 0.3 * textRows && this.rightRows >= 0.3 * textRows
					&& 2 * this.rightTextRows >= this.rightRows
					&& this.leftChars >= 12 * this.leftRows && this.rightChars >= 10 * this.rightTextRows && edged();
		}

		/**
		 * A column of text beside a main column: at least six rows of it, most of them not
		 * section headings (a table layout's labels are), and beside the other on three rows;
		 * a line or two of it may run on into the gutter where the other column has not begun.
		 */
		boolean sidebar(int textRows) {
			if (this.bothRows < 3 || !edged()) {
				return false;
			}
			boolean leftSide = this.leftRows >= Math.max(6, 0.15 * textRows) && this.leftChars >= 12 * this.leftRows
					&& 2 * this.leftHeadings < this.leftRows && this.rightTextRows >= 0.3 * textRows
					// the main column holds running text: a right side of one-word lines is the
					// second half of a grid of short lists inside one section, not a column
					&& this.rightChars >= 12 * this.rightTextRows;
			boolean rightSide = this.rightTextRows >= Math.max(6, 0.15 * textRows)
					&& this.rightChars >= 12 * this.rightTextRows && 2 * this.rightHeadings < this.rightTextRows
					&& this.leftRows >= 0.3 * textRows && this.leftChars >= 12 * this.leftRows;
			return leftSide || rightSide;
		}

	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.section.SectionKind;

/**
 * A narrow column left of the text that holds only what labels the text beside it: section
 * names set large, bold or in capitals, and each entry's dates. Read as a column of its own it
 * would list every heading and every date before any entry; a reader takes each beside the
 * block of text it stands next to, so each goes just before that block.
 */
final class MarginColumn {

	/** Of a margin's cells, the share that must label rather than tell. */
	private static final double LABELS = 0.75;

	/** How far short of the column's right edge a cell set flush right may end (rounding, kerning). */
	private static final float FLUSH = 1.5f;

	/** The most characters a label runs to; a longer line is text of its own. */
	private static final int SHORT = 40;

	private MarginColumn() {
	}

	/** Whether the left column is such a margin beside the right one. */
	static boolean holds(List<Cell> left, List<Cell> right, float body) {
		if (left.size() < 3 || right.size() < left.size()) {
			return false;
		}
		float leftWidth = width(left);
		if (leftWidth >= width(right)) {
			return false;
		}
		long labels = left.stream().filter(cell -> labels(cell, body)).count();
		return labels >= LABELS * left.size() || flushRight(left);
	}

	/**
	 * Whether the column's cells are short and end on one x, set flush right against the text
	 * beside them: a column of labels in any font ("Mother tongue", "Computer skills" beside
	 * their blocks), where a sidebar's lines start on one x and end where their words do.
	 */
	static boolean flushRight(List<Cell> left) {
		float end = (float) left.stream().mapToDouble(Cell::endX).max().orElse(0);
		long flush = left.stream()
			.filter(cell -> cell.endX() >= end - FLUSH && cell.text().length() <= SHORT)
			.count();
		return flush >= LABELS * left.size();
	}

	private static float width(List<Cell> cells) {
		float start = (float) cells.stream().mapToDouble(Cell::x).min().orElse(0);
		float end = (float) cells.stream().mapToDouble(Cell::endX).max().orElse(0);
		return end - start;
	}

	/** A date, or a line that looks like a heading: larger, bold, in capitals, or a section's name. */
	private static boolean labels(Cell cell, float body) {
		String text = cell.text();
		if (DateRange.isDateOnly(text) || cell.bold() || body > 0 && cell.size() > 1.15f * body) {
			return true;
		}
		boolean letters = false;
		boolean lower = false;
		for (char c : text.toCharArray()) {
			letters |= Character.isLetter(c);
			lower |= Character.isLowerCase(c);
		}
		return letters && !lower || SectionKind.of(text.replaceAll("[:：]\\s*$", "")) != null;
	}

	/**
	 * The text column's cells with each margin cell put before the block of text it stands
	 * beside: the block of the line on its baseline (a date set on an entry's first line), else
	 * the block its baseline falls within (a section's name centred on its block), or else the
	 * nearest block (a date centred on a two-line entry may sit just below its last line). A
	 * block's margin cells keep their own order: a title, then its date.
	 */
	static List<Cell> interleave(List<Cell> margin, List<Cell> text) {
		List<int[]> blocks = blocks(text);
		List<List<Cell>> before = new ArrayList<>();
		for (int i = 0; i < text.size(); i++) {
			before.add(new ArrayList<>());
		}
		for (Cell cell : margin) {
			int beside = besideRow(cell, text);
			int best = 0;
			float bestDistance = Float.MAX_VALUE;
			for (int[] block : blocks) {
				if (beside >= 0) {
					if (block[0] <= beside && beside <= block[1]) {
						best = block[0];
					}
					continue;
				}
				float top = text.get(block[0]).y() - 0.5f * cell.size();
				float bottom = text.get(block[1]).y() + 0.5f * cell.size();
				float distance = cell.y() < top ? top - cell.y() : Math.max(0, cell.y() - bottom);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = block[0];
				}
			}
			before.get(best).add(cell.inLane(Cell.MARGIN));
		}
		List<Cell> read = new ArrayList<>();
		for (int i = 0; i < text.size(); i++) {
			read.addAll(before.get(i));
			read.add(text.get(i));
		}
		return read;
	}

	/** The text cell on the margin cell's own baseline, where there is one, or -1. */
	private static int besideRow(Cell cell, List<Cell> text) {
		for (int i = 0; i < text.size(); i++) {
			if (text.get(i).page() == cell.page() && Math.abs(text.get(i).y() - cell.y()) < 0.3f * cell.size()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The text column's blocks as first and last index: lines of one size closer than half
	 * again the column's usual line step belong together.
	 */
	private static List<int[]> blocks(List<Cell> text) {
		List<Float> steps = new ArrayList<>();
		for (int i = 1; i < text.size(); i++) {
			float dy = text.get(i).y() - text.get(i - 1).y();
			if (dy > 0) {
				steps.add(dy);
			}
		}
		steps.sort(null);
		float usual = steps.isEmpty() ? 0 : steps.get(steps.size() / 2);
		List<int[]> blocks = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.size(); i++) {
			// a heading set larger than the lines below it is a block of its own
			if (i == text.size() || step(text, i) > 1.4f * usual || step(text, i) > 1.4f * around(text, i)
					|| text.get(i).y() < text.get(i - 1).y() || differ(text.get(i).size(), text.get(i - 1).size())) {
				blocks.add(new int[] { start, i - 1 });
				start = i;
			}
		}
		return blocks;
	}

	private static float step(List<Cell> text, int i) {
		return text.get(i).y() - text.get(i - 1).y();
	}

	/**
	 * The closer of the steps before and after the one into row {@code i}, where they are
	 * steps down one page, else no bound: entries of two lines apart by a wider step than
	 * their lines' are blocks of their own, though the page's usual step is as wide.
	 */
	private static float around(List<Cell> text, int i) {
		float closest = Float.MAX_VALUE;
		for (int j : new int[] { i - 1, i + 1 }) {
			if (j >= 1 && j < text.size() && text.get(j).page() == text.get(j - 1).page() && step(text, j) > 0) {
				closest = Math.min(closest, step(text, j));
			}
		}
		return closest;
	}

	private static boolean differ(float size, float other) {
		return Math.max(size, other) > 1.15f * Math.min(size, other);
	}

}

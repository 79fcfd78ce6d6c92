package com.candidatesearch.parse.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far apart the baselines of a paragraph's wrapped lines are, so that a wider step reads
 * as a gap between paragraphs. A web page's CSS sets each kind of block its own line height
 * (a summary at 1.1, list items at 1.4), so the step is taken for each left edge from the
 * lines that surely wrapped there, and from the whole document where none did.
 */
final class LinePitch {

	private final float document;

	private final Map<Integer, Float> byLeftEdge;

	private LinePitch(float document, Map<Integer, Float> byLeftEdge) {
		this.document = document;
		this.byLeftEdge = byLeftEdge;
	}

	/**
	 * The pitch of the cells in reading order.
	 *
	 * @param cells every cell, column after column
	 * @param rights where the full lines of each cell's column end
	 */
	static LinePitch of(List<Cell> cells, List<Float> rights) {
		Map<Integer, Float> byLeftEdge = new HashMap<>();
		for (int i = 1; i < cells.size(); i++) {
			Cell above = cells.get(i - 1);
			Cell cell = cells.get(i);
			float dy = cell.y() - above.y();
			// a line that starts in lower case at the same edge, below a line its first word
			// would not have fitted on, is a wrapped line for sure
			boolean wrapped = cell.page() == above.page() && dy > 0.8f * cell.size()
					&& Math.abs(cell.size() - above.size()) < 0.1f && Math.abs(cell.x() - above.textX()) < 1
					&& Character.isLowerCase(cell.text().charAt(0))
					&& above.endX() + cell.firstWordWidth() + 0.5f * cell.size() > rights.get(i - 1);
			if (wrapped) {
				byLeftEdge.merge(Math.round(cell.x()), dy, Math::min);
			}
		}
		return new LinePitch(documentPitch(cells), byLeftEdge);
	}

	/**
	 * The document's pitch, or 0 when unknown: the smallest step between lines of one size
	 * that recurs, since gaps between paragraphs only ever add to it.
	 */
	private static float documentPitch(List<Cell> cells) {
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

	/** The document's pitch, or 0 when unknown. */
	float document() {
		return this.document;
	}

	/** The pitch of lines wrapped to start at x, or the document's. */
	float at(float x) {
		return this.byLeftEdge.getOrDefault(Math.round(x), this.document);
	}

}

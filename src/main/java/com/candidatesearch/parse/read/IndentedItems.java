package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.layout.Line;

/**
 * A list set without marks and told only by its indent, as a web page's list with its marks
 * styled away comes out when printed to PDF: an entry's title and place at the column's edge,
 * its highlights a few ems in. The HTML said "list item"; the PDF keeps only the indent, so
 * without this the highlights read as more lines of the entry's head and the next entry
 * starts too early.
 */
final class IndentedItems {

	private IndentedItems() {
	}

	/**
	 * The lines with each run of indented lines marked as list items, where the run starts
	 * right below a plain line at the column's edge. Below a heading an indent is only how a
	 * layout sets its sections' text in; a hanging indent goes on lower case.
	 *
	 * @param lines the lines in reading order
	 * @param heads each line's first cell
	 * @param lefts the left edge of each line's column strand
	 */
	static List<Line> mark(List<Line> lines, List<Cell> heads, List<Float> lefts) {
		List<Line> marked = new ArrayList<>(lines);
		float runX = -1;
		for (int i = 1; i < lines.size(); i++) {
			Cell head = heads.get(i);
			Cell above = heads.get(i - 1);
			Line line = lines.get(i);
			boolean sameStrand = head.lane() == above.lane() && head.page() == above.page()
					&& lefts.get(i).equals(lefts.get(i - 1));
			boolean candidate = sameStrand && line.kind() == Line.Kind.TEXT && head.first() && !line.looksLikeHeading()
					&& !line.text().isEmpty()
					&& (Character.isUpperCase(line.text().charAt(0)) || Character.isDigit(line.text().charAt(0)))
					&& !DateRange.isDateOnly(line.text());
			if (!candidate) {
				runX = -1;
				continue;
			}
			if (runX >= 0 && Math.abs(head.x() - runX) <= 1) {
				marked.set(i, line.withKind(Line.Kind.ITEM));
				continue;
			}
			runX = -1;
			Line before = lines.get(i - 1);
			float indent = head.x() - lefts.get(i);
			boolean plainAtEdge = above.x() - lefts.get(i - 1) < 0.5f * above.size() && before.kind() == Line.Kind.TEXT
					&& !before.looksLikeHeading();
			if (plainAtEdge && indent >= head.size() && indent <= 5 * head.size()) {
				marked.set(i, line.withKind(Line.Kind.ITEM));
				runX = head.x();
			}
		}
		return marked;
	}

}

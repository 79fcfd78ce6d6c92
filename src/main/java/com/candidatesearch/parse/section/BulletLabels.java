package com.candidatesearch.parse.section;

import java.util.List;

import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.layout.Line;

/**
 * Headings that label the bullets of the entry above them ("Highlights" or "Courses" over a
 * list, under "Acme Corp 2019 – 2021" and its title line), set at the level of the entries'
 * own headings, or in bold as the entries' heads are where a file has no heading levels (RTF).
 * Such a heading opens neither a section nor an entry: the bullets under it belong to the
 * entry it sits in.
 */
final class BulletLabels {

	/** The most words a label has; a longer heading is an entry's name. */
	private static final int WORDS = 3;

	private BulletLabels() {
	}

	/**
	 * Whether the line at {@code index} labels the bullets of the entry the section's lines so
	 * far end in: a short heading without dates right above a bullet, whose nearest heading
	 * above at its level carries dates and has a plain line under it and no bullets yet.
	 */
	static boolean isLabel(List<Line> lines, int index, List<Line> section) {
		Line line = lines.get(index);
		if (!(line.isHeading() || line.bold() && !line.isItem()) || index + 1 >= lines.size()
				|| !lines.get(index + 1).isItem()) {
			return false;
		}
		String text = Headings.text(line);
		if (text.isEmpty() || text.split("\\s+").length > WORDS || text.matches(".*[\\d.,;]$") || DateRange.find(text) != null) {
			return false;
		}
		boolean plain = false;
		for (int i = section.size() - 1; i >= 0; i--) {
			Line above = section.get(i);
			if (above.isItem()) {
				return false;
			}
			if (line.isHeading() ? above.isHeading() && above.level() <= line.level() : sameBoldLook(above, line)) {
				return (!line.isHeading() || above.level() == line.level()) && plain
						&& DateRange.find(above.text()) != null;
			}
			plain |= line.isHeading() ? !above.isHeading() : !above.bold();
		}
		return false;
	}

	/** Whether a line is set in bold at the size of a bold label, as an entry's head beside it is. */
	private static boolean sameBoldLook(Line above, Line line) {
		return above.bold() && !above.isHeading() && !above.isItem() && Math.abs(above.size() - line.size()) < 0.5f;
	}

}

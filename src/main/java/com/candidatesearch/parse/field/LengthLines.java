package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.layout.Line;

/**
 * A length of time set on a line of its own under an entry's dates ("Mars 2021 - Aujourd'hui"
 * over "5 ans 9 mois", "Jun 2019 – Present" over "(3 yrs 7 mos)"), as templates with a date
 * column print it: joined to the dates, where {@link DateRange} reads it as part of the range,
 * so that it is taken for no name, title or project.
 */
public final class LengthLines {

	private LengthLines() {
	}

	/**
	 * The lines, each length of time alone joined to the line of dates alone right above it, or
	 * left out where the dates it measures are on one of the two lines above, beside other text
	 * ("Mars 2021 - Aujourd'hui Senior Backend Engineer" over "5 ans 9 mois", where a date column
	 * is read row by row with the column beside it): a length the dates give again is no loss.
	 */
	public static List<Line> joined(List<Line> lines) {
		List<Line> joined = new ArrayList<>(lines.size());
		for (Line line : lines) {
			int last = joined.size() - 1;
			if (last < 0 || line.isItem() || !DateRange.isLength(line.text())) {
				joined.add(line);
			}
			else if (DateRange.isDateOnly(joined.get(last).text())) {
				joined.set(last, joined.get(last).withText(joined.get(last).text() + " · " + line.text().strip()));
			}
			else if (!datedAbove(joined)) {
				joined.add(line);
			}
		}
		return joined;
	}

	private static boolean datedAbove(List<Line> lines) {
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 2); i--) {
			if (lines.get(i).isItem()) {
				return false;
			}
			if (DateRange.find(lines.get(i).text()) != null) {
				return true;
			}
		}
		return false;
	}

}

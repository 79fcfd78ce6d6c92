package com.candidatesearch.parse.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.parse.layout.Line;

/**
 * How a resume sets its section headings: heading level, label cell, capitals, bold and size
 * relative to the body text. A line set the same way is a heading too, whatever its words; a
 * line set as less (plain text, a deeper level, a smaller size) sits inside a section.
 *
 * @param level the heading level, or 0 when the headings are no heading paragraphs
 * @param label whether the headings are the label cells of a layout table
 * @param upper whether they are set in capitals
 * @param bold whether they are set in bold
 * @param size their size relative to the body in tenths (14 = 1.4 times), 0 when unknown
 */
record HeadingLook(int level, boolean label, boolean upper, boolean bold, int size) {

	/** The look of a resume whose headings stand out in no way (or that has none). */
	static final HeadingLook PLAIN = new HeadingLook(0, false, false, false, 0);

	static HeadingLook of(Line line) {
		return new HeadingLook(line.isHeading() ? line.level() : 0, line.kind() == Line.Kind.LABEL, line.isUpperCase(),
				line.bold(), tenths(line));
	}

	/** The look most of these headings share, the earliest when several are as common. */
	static HeadingLook dominant(List<Line> headings) {
		Map<HeadingLook, Integer> counts = new LinkedHashMap<>();
		for (Line heading : headings) {
			counts.merge(of(heading), 1, Integer::sum);
		}
		HeadingLook best = PLAIN;
		int most = 0;
		for (Map.Entry<HeadingLook, Integer> count : counts.entrySet()) {
			if (count.getValue() > most) {
				best = count.getKey();
				most = count.getValue();
			}
		}
		return best;
	}

	/** Whether the headings stand out from the body at all. */
	boolean styled() {
		return this.level > 0 || this.label || this.upper || this.bold || this.size > 11;
	}

	/** Whether the line is set as the headings are. */
	boolean matches(Line line) {
		if (!styled() || line.isItem()) {
			return false;
		}
		if (this.level > 0) {
			return line.isHeading() && line.level() == this.level && (!this.upper || line.isUpperCase());
		}
		if (this.label || line.isHeading()) {
			return this.label && line.kind() == Line.Kind.LABEL && (!this.upper || line.isUpperCase());
		}
		return line.isUpperCase() == this.upper && line.bold() == this.bold
				// within a tenth of the headings' rounded size: a size that rounds the other way still
				// matches, but a sidebar line set a little smaller than the headings (1.06 under 1.24) does not
				&& (this.size == 0 || Math.abs(line.size() * 10 - this.size) < 1);
	}

	/**
	 * Whether the line is set as less than the headings: plain text under heading paragraphs, a
	 * deeper heading level, a smaller size, or a label cell in lower case where they are in
	 * capitals. Such a line with a heading's words ("Languages" over "Go, Java") is a group
	 * inside a section.
	 */
	boolean outranks(Line line) {
		if (!styled()) {
			return false;
		}
		if (this.level > 0) {
			return !line.isHeading() || line.level() > this.level;
		}
		if (this.upper && !line.isUpperCase() && line.kind() == Line.Kind.LABEL) {
			return true;
		}
		// a plain text's capitals or a PDF's bold are kept less strictly than markup: "Awards" under
		// "TEACHING" is still a heading there, but a line in a body-size font under larger headings is not
		return this.size > 11 && tenths(line) > 0 && tenths(line) < this.size - 1;
	}

	private static int tenths(Line line) {
		return Math.round(line.size() * 10);
	}

}

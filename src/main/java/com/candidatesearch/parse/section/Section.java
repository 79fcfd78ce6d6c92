package com.candidatesearch.parse.section;

import java.util.List;

import com.candidatesearch.parse.layout.Line;

/**
 * A section of a resume: its kind, its heading as printed and the lines under it.
 *
 * @param kind what the heading announces
 * @param heading the heading as printed
 * @param lines the lines under the heading, up to the next section
 */
public record Section(SectionKind kind, String heading, List<Line> lines) {

	public Section {
		lines = List.copyOf(lines);
	}

}

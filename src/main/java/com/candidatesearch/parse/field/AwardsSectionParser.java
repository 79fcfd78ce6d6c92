package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.Award;
import com.candidatesearch.parse.layout.Line;

/** Reads an awards section: one award per line, with who gave it and when. */
public final class AwardsSectionParser {

	private AwardsSectionParser() {
	}

	public static List<Award> parse(List<Line> lines) {
		List<Award> awards = new ArrayList<>();
		for (Line line : lines) {
			String text = line.text();
			String[] tail = VenueTail.split(text);
			DateRange date = DateRange.find(text);
			String year = date == null ? null : date.start();
			String title;
			String awarder = null;
			if (!tail[1].isEmpty() && !tail[0].isBlank() && tail[1].contains(" ")) {
				title = tail[0];
				awarder = tail[1];
			}
			else {
				title = date == null ? text : date.removeFrom(text);
				String[] parts = title.split("\\s+[–—|-]\\s+|,\\s+", 2);
				if (parts.length == 2) {
					title = parts[0];
					awarder = parts[1];
				}
			}
			awards.add(new Award(title.replaceAll("[\\s,.;:–-]+$", ""), year, awarder, null));
		}
		return awards;
	}

}

package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.Project;

/**
 * Reads a projects section: a short title line (often bold) with optional dates, then a
 * description paragraph and bullets.
 */
final class ProjectsSectionParser {

	private ProjectsSectionParser() {
	}

	static List<Project> parse(List<Line> lines) {
		List<Project> projects = new ArrayList<>();
		String name = null;
		DateRange dates = null;
		List<String> description = new ArrayList<>();
		List<String> highlights = new ArrayList<>();
		for (Line line : lines) {
			if (line.isItem() && name != null) {
				highlights.add(line.text());
				continue;
			}
			if (isTitle(line)) {
				if (name != null) {
					projects.add(project(name, dates, description, highlights));
				}
				dates = DateRange.find(line.text());
				name = dates == null ? line.text() : dates.removeFrom(line.text());
				String[] split = name.split("\\s+[–—|]\\s+|:\\s+", 2);
				description = new ArrayList<>();
				highlights = new ArrayList<>();
				if (split.length == 2 && split[1].split("\\s+").length > 4) {
					name = split[0];
					description.add(split[1]);
				}
				continue;
			}
			if (name == null) {
				name = line.text();
				continue;
			}
			description.add(line.text());
		}
		if (name != null) {
			projects.add(project(name, dates, description, highlights));
		}
		return projects;
	}

	private static boolean isTitle(Line line) {
		String text = line.text();
		int words = text.split("\\s+").length;
		return !line.isItem() && words <= 12 && !text.matches(".*[.!?]$")
				&& (line.bold() || line.isHeading() || line.gapBefore() || words <= 6);
	}

	private static Project project(String name, DateRange dates, List<String> description, List<String> highlights) {
		return new Project(name, description.isEmpty() ? null : String.join(" ", description), highlights,
				dates == null ? null : dates.start(), dates == null ? null : dates.end());
	}

}

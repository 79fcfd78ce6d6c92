package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.Project;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads a projects section: a short title line (often bold) with optional dates, then a
 * description paragraph and bullets.
 */
public final class ProjectsSectionParser {

	private ProjectsSectionParser() {
	}

	public static List<Project> parse(List<Line> lines) {
		Line first = lines.stream().filter(line -> !line.isItem()).findFirst().orElse(null);
		if (first == null || lines.stream().anyMatch(line -> !line.isItem() && named(line) != null)) {
			return lineByLine(lines);
		}
		if (setApart(first) && lines.stream().filter(line -> sameLook(line, first)).count() > 1) {
			List<Entry> entries = new ArrayList<>();
			List<Line> current = new ArrayList<>();
			for (Line line : lines) {
				if (!current.isEmpty() && sameLook(line, first)) {
					entries.add(Entry.headed(current));
					current = new ArrayList<>();
				}
				current.add(line);
			}
			entries.add(Entry.headed(current));
			return byEntries(entries);
		}
		if (lines.stream().anyMatch(line -> !line.isItem() && DateRange.find(line.text()) != null)) {
			return byEntries(Entry.group(lines));
		}
		return lineByLine(lines);
	}

	/**
	 * Projects as entries: the head's role lines ("Author and Maintainer") are passed over,
	 * the first other line names the project (less a role beside it: "Contributor,
	 * HackMyResume"), the rest of the head and the body describe it, the bullets are its
	 * highlights.
	 */
	private static List<Project> byEntries(List<Entry> entries) {
		List<Project> projects = new ArrayList<>();
		for (Entry entry : entries) {
			DateRange dates = entry.dates();
			String name = null;
			List<String> description = new ArrayList<>();
			for (Line line : entry.head) {
				String text = dates != null && dates.equals(DateRange.find(line.text())) ? dates.removeFrom(line.text())
						: line.text().strip();
				if (text.isBlank()) {
					continue;
				}
				if (name != null) {
					description.add(text);
					continue;
				}
				List<HeadParts.Part> parts = HeadParts.of(text, false);
				if (!parts.isEmpty() && parts.stream().allMatch(part -> part.kind() == HeadParts.Kind.TITLE)) {
					continue;
				}
				// a role is set apart from the name by a separator ("Contributor, HackMyResume");
				// without one, a last word that only sounds like a title is the name's ("… Controller")
				name = !text.matches(".*(?:,\\s|\\s[|–—·∙•-]\\s).*") ? text
						: parts.stream()
							.filter(part -> part.kind() == HeadParts.Kind.ORGANISATION)
							.map(HeadParts.Part::text)
							.findFirst()
							.orElse(text);
			}
			description.addAll(entry.body);
			if (name != null) {
				projects.add(project(name, dates, description, entry.items));
			}
		}
		return projects;
	}

	/** Whether the line is set apart from the body (a heading, bold, a label cell), as names of projects are. */
	private static boolean setApart(Line line) {
		return line.isHeading() || line.bold() || line.kind() == Line.Kind.LABEL;
	}

	private static boolean sameLook(Line line, Line first) {
		if (first.isHeading()) {
			return line.isHeading() && line.level() == first.level();
		}
		if (first.kind() == Line.Kind.LABEL) {
			return line.kind() == Line.Kind.LABEL;
		}
		return !line.isItem() && !line.isHeading() && line.kind() != Line.Kind.LABEL && line.bold() == first.bold();
	}

	/** Projects a line or two each, as a resume without other structure lists them. */
	private static List<Project> lineByLine(List<Line> lines) {
		List<Project> projects = new ArrayList<>();
		String name = null;
		DateRange dates = null;
		List<String> description = new ArrayList<>();
		List<String> highlights = new ArrayList<>();
		for (Line line : lines) {
			String[] named = named(line);
			if (named != null && (name == null || !line.isItem() || line.emphasis().contains(named[0]))) {
				if (name != null) {
					projects.add(project(name, dates, description, highlights));
				}
				name = named[0];
				dates = null;
				description = new ArrayList<>(List.of(named[1]));
				highlights = new ArrayList<>();
				continue;
			}
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

	/**
	 * "a11y-lint: ESLint plugin that …", "Rustle — a toy compiler …": a short name, then a
	 * sentence describing it; {@code null} for other lines.
	 */
	private static String[] named(Line line) {
		String[] split = line.text().split("\\s+[–—|]\\s+|:\\s+", 2);
		if (split.length < 2 || split[0].split("\\s+").length > 4 || split[1].split("\\s+").length < 4
				|| DateRange.find(split[0]) != null) {
			return null;
		}
		return split;
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

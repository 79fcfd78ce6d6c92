package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.Award;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads an awards section: one award per line with who gave it and when ("Best Paper, CVPR
 * 2021"), or awards as entries, the title over the awarder, the date and a sentence about it.
 */
public final class AwardsSectionParser {

	private AwardsSectionParser() {
	}

	public static List<Award> parse(List<Line> lines) {
		List<Award> awards = new ArrayList<>();
		for (List<Line> entry : entries(lines)) {
			Award award = award(entry);
			if (award != null) {
				awards.add(award);
			}
		}
		return awards;
	}

	/**
	 * The lines of each award: where titles are set apart (headings, bold) and repeat, each opens
	 * one; where some line is a sentence about an award, an award runs from its title over its
	 * awarder, date and sentences to the next short line after them; else each line is one.
	 */
	private static List<List<Line>> entries(List<Line> lines) {
		List<List<Line>> entries = new ArrayList<>();
		Line first = lines.stream().filter(line -> !line.isItem()).findFirst().orElse(null);
		boolean setApart = first != null && (first.isHeading() || first.bold())
				&& lines.stream().filter(line -> sameLook(line, first)).count() > 1;
		boolean described = lines.stream().anyMatch(line -> !line.isItem() && isSentence(line.text()));
		List<Line> current = null;
		boolean awarded = false;
		boolean told = false;
		for (Line line : lines) {
			boolean opens;
			if (setApart) {
				opens = current == null || sameLook(line, first);
			}
			else if (described && !line.isItem()) {
				String text = line.text();
				boolean sentence = isSentence(text);
				boolean date = isDateLine(text);
				opens = current == null || (!sentence && !date && (told || awarded));
				awarded |= !opens && !sentence && !date;
				told |= sentence;
			}
			else {
				opens = current == null || !described;
			}
			if (opens) {
				current = new ArrayList<>();
				entries.add(current);
				awarded = false;
				told = false;
			}
			current.add(line);
		}
		return entries;
	}

	private static Award award(List<Line> entry) {
		Award head = line(entry.get(0).text());
		if (head.awarder() != null && entry.size() > 1 && namesAwarder(entry.get(1))) {
			// "Silver Medal, Retail Demand Forecasting Challenge" over "Kaggle": where the awarder
			// has a line of its own, the comma is the title's own
			DateRange date = DateRange.find(entry.get(0).text());
			String title = date == null ? entry.get(0).text() : date.removeFrom(entry.get(0).text());
			head = new Award(title.strip().replaceAll("[\\s,.;:–-]+$", ""), head.date(), null, null);
		}
		int glue = head.awarder() == null && head.title() != null ? Glue.at(head.title()) : -1;
		if (glue > 0) {
			// "Doctoral FellowshipSocial Sciences and Humanities Research Council": the title and
			// its awarder, blocks of their own, run together by a converter
			head = new Award(head.title().substring(0, glue).strip(), head.date(), head.title().substring(glue).strip(), null);
		}
		String date = head.date();
		String awarder = head.awarder();
		List<String> summary = new ArrayList<>();
		for (Line line : entry.subList(1, entry.size())) {
			String text = line.text().strip();
			DateRange found = DateRange.find(text);
			if (date == null && isDateLine(text)) {
				date = found.start();
			}
			else if (awarder == null && !line.isItem() && (!isSentence(text) || text.matches("(?i:by)\\s+\\p{Lu}.*"))
					&& text.split("\\s+").length <= 8) {
				awarder = found != null && date == null ? found.removeFrom(text) : text;
				// "by National Science Foundation": the awarder after the word that introduces it
				awarder = awarder.replaceFirst("^(?i:by)\\s+(?=\\S)", "");
				date = date == null && found != null ? found.start() : date;
			}
			else {
				summary.add(text);
			}
		}
		return new Award(head.title(), date, awarder, summary.isEmpty() ? null : String.join(" ", summary));
	}

	/** A line under an award's title that names who gave it: "Kaggle", "by National Science Foundation". */
	private static boolean namesAwarder(Line line) {
		String text = line.text().strip();
		return !line.isItem() && !isDateLine(text) && !isSentence(text) && text.split("\\s+").length <= 8
				&& text.matches("(?:(?i:by)\\s+)?\\p{Lu}[^\\d%]*");
	}

	/** One award on one line: "Best Paper Award, CVPR 2021", "Dean's List – Stanford (2019)". */
	private static Award line(String text) {
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
			int comma = title.lastIndexOf(", ");
			if (parts.length == 2 && comma > parts[0].length() && title.split(",\\s", -1).length == 3
					&& !title.substring(0, comma).matches(".*\\s[–—|-]\\s.*")
					&& HeaderPlace.countryCode(title.substring(comma + 2)) == null) {
				// "Silver Medal, Retail Demand Forecasting Challenge, Kaggle": who gave it comes last
				parts = new String[] { title.substring(0, comma), title.substring(comma + 2) };
			}
			if (parts.length == 2) {
				title = parts[0];
				awarder = parts[1];
			}
		}
		return new Award(title.replaceAll("[\\s,.;:–-]+$", ""), year, awarder, null);
	}

	/** A line of the date alone, or of the date after one word that labels it ("Awarded 2023-12-15", "Received 2021"). */
	static boolean isDateLine(String text) {
		DateRange found = DateRange.find(text);
		return found != null && (DateRange.isDateOnly(text) || found.removeFrom(text).strip().matches("\\p{L}+:?"));
	}

	private static boolean sameLook(Line line, Line first) {
		if (first.isHeading()) {
			return line.isHeading() && line.level() == first.level();
		}
		return !line.isItem() && !line.isHeading() && line.bold();
	}

	/** A sentence about an award ("Three-year fellowship for doctoral research.", "Six semesters."), not its title or awarder. */
	private static boolean isSentence(String text) {
		String line = text.strip();
		int words = line.split("\\s+").length;
		// "Six semesters.": a short sentence ends with a full word, where an abbreviation ("Ph.D.", "Inc.") ends with a short one
		return (line.endsWith(".") && (words > 3 || (words > 1 && line.matches(".*\\s\\p{Ll}{4,}\\.")))) || (words >= 7 && DateRange.find(line) == null && !line.contains(","));
	}

}

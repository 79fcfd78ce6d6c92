package com.candidatesearch.parse.section;

import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.field.JobTitles;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.section.SectionSplitter.Draft;

/**
 * Lines inside a section's entries whose words also name a section: a caption over a job's
 * bullets ("Highlights"), a job title ("Teaching Assistant"), an award's name ("Graduate
 * Teaching Assistant Award"). Set no differently from the entry's own lines, they open no
 * section.
 */
final class EntryWords {

	/** The name of one award, not a heading over several: it ends in "Award", "Prize", "Fellowship". */
	private static final Pattern AWARD = Pattern
		.compile("(?i).*\\b(award|prize|medal|fellowship|scholarship|grant|distinction)$");

	/** A caption over an entry's bullets whose words also name a summary section. */
	private static final Pattern CAPTION = Pattern.compile("(?i)(key |career )?highlights");

	private EntryWords() {
	}

	/**
	 * Whether a line with a section's words sits inside an entry of the section so far, set
	 * no differently from its lines: "Highlights" (a caption) within three lines under a
	 * dated line, or a job title ("Teaching Assistant") right under a line of dates alone.
	 */
	static boolean insideEntry(Draft current, Line line) {
		List<Line> body = current.body;
		if (!current.known || !SectionSplitter.ENTRIES.contains(current.kind) || body.isEmpty() || line.isHeading()) {
			return false;
		}
		String text = Headings.text(line);
		if (CAPTION.matcher(text).matches()) {
			for (int i = body.size() - 1; i >= Math.max(0, body.size() - 3); i--) {
				if (DateRange.find(body.get(i).text()) != null) {
					return true;
				}
			}
			return false;
		}
		// (one word, "Volunteer", is a heading's rather than a title's)
		return DateRange.isDateOnly(body.get(body.size() - 1).text()) && text.contains(" ") && JobTitles.looksLikeTitle(text);
	}

	/**
	 * Whether a job title of some words that name a section ("Teaching Assistant") heads the
	 * next job of a work section: a line of dates alone follows within two lines.
	 */
	static boolean titleOverDates(Draft current, List<Line> lines, int index) {
		String text = Headings.text(lines.get(index));
		if (current.kind != SectionKind.WORK || !current.known || !text.contains(" ") || !JobTitles.looksLikeTitle(text)) {
			return false;
		}
		for (int i = index + 1; i < Math.min(lines.size(), index + 3); i++) {
			if (DateRange.isDateOnly(lines.get(i).text())) {
				return true;
			}
		}
		return false;
	}

	/** Whether a line's words name one award, not a heading over several ("Graduate Teaching Assistant Award"). */
	static boolean namesOneAward(String text) {
		return AWARD.matcher(text).matches();
	}

}

package com.candidatesearch.parse.field;

import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.section.SectionKind;

/**
 * Types a section by what it holds, for a heading whose words do not say: jobs (dated heads
 * with job titles), degrees, citations (author lists with years, or numbered references),
 * or a list of short terms (skills).
 */
public final class ContentKind {

	/** "[3] J. Doe. Title, 2020.": a numbered reference. */
	private static final Pattern NUMBERED = Pattern.compile("^\\[\\d{1,3}\\]\\s+\\S");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

	private ContentKind() {
	}

	/**
	 * The kind of section the lines make: citations under any heading that is not a known
	 * one of another kind ("References" over a bibliography); jobs, degrees or skills under a
	 * heading nobody knows; else {@link SectionKind#OTHER}.
	 *
	 * @param lines the section's lines
	 * @param knownHeading whether its heading's words are known (as other than a section parsed here)
	 */
	public static SectionKind of(List<Line> lines, boolean knownHeading) {
		if (citations(lines)) {
			return SectionKind.PUBLICATIONS;
		}
		if (knownHeading || lines.isEmpty()) {
			return SectionKind.OTHER;
		}
		int degrees = 0;
		int titles = 0;
		int dated = 0;
		for (Line line : lines) {
			if (line.isItem()) {
				continue;
			}
			degrees += EducationSectionParser.namesDegreeOrSchool(line.text()) ? 1 : 0;
			titles += namesJobTitle(line.text()) ? 1 : 0;
			dated += DateRange.find(line.text()) != null ? 1 : 0;
		}
		if (dated > 0 && degrees > 0 && degrees >= titles) {
			return SectionKind.EDUCATION;
		}
		if (dated > 0 && titles > 0) {
			return SectionKind.WORK;
		}
		return terms(lines) ? SectionKind.SKILLS : SectionKind.OTHER;
	}

	/**
	 * Whether the lines are paragraphs of prose and nothing else: sentences of ten words or
	 * more, no bullets, no dates. Under the first heading of a resume, where that heading
	 * names no section parsed here ("info"), that is its summary.
	 */
	public static boolean prose(List<Line> lines) {
		for (Line line : lines) {
			String text = line.text().strip();
			// (a year in a paragraph of several sentences is told in passing, as an entry's head never is)
			if (line.isItem() || text.split("\\s+").length < 10 || !text.matches("(?s).*[.!?)]")
					|| DateRange.find(text) != null && (text.split("\\s+").length < 20 || !text.matches("(?s).*[.!?]\\s+\\p{Lu}.*"))) {
				return false;
			}
		}
		return !lines.isEmpty();
	}

	/** Whether the lines name a spoken language ("English", "German (C1)"), not only programming ones. */
	public static boolean namesSpokenLanguages(List<Line> lines) {
		for (Line line : lines) {
			for (String part : SkillsSectionParser.split(line.text())) {
				String first = part.strip().split("[\\s:–—(-]+", 2)[0];
				if (LanguagesSectionParser.isSpokenLanguage(first)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether most of the lines (at least two) are citations: numbered references or authors with a year. */
	private static boolean citations(List<Line> lines) {
		int citations = 0;
		int texts = 0;
		for (Line line : lines) {
			String text = line.text().strip();
			if (text.split("\\s+").length < 4) {
				continue;
			}
			texts++;
			boolean authored = YEAR.matcher(text).find() && !AuthorList.read(text).names().isEmpty();
			citations += NUMBERED.matcher(text).find() || authored ? 1 : 0;
		}
		return citations >= 2 && citations * 2 >= texts;
	}

	/** Whether a part of the line ("Senior Engineer, Acme") reads as a job title. */
	private static boolean namesJobTitle(String text) {
		for (String part : text.split("\\s+[–—|·•@-]\\s+|,\\s+|\\s+at\\s+")) {
			if (JobTitles.looksLikeTitle(part.strip())) {
				return true;
			}
		}
		return false;
	}

	/** Whether the lines are short terms, alone or in lists ("PyTorch", "Go, Rust, C++"): skills. */
	private static boolean terms(List<Line> lines) {
		int terms = 0;
		for (Line line : lines) {
			String text = line.text().strip();
			if (text.endsWith(".") || DateRange.find(text) != null) {
				return false;
			}
			for (String term : SkillsSectionParser.split(text)) {
				if (term.split("\\s+").length > 4) {
					return false;
				}
				terms++;
			}
		}
		return terms >= 2;
	}

}

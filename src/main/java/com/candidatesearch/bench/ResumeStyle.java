package com.candidatesearch.bench;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The choices one person makes when laying out a resume, drawn at random so that a corpus
 * varies the way real resumes do: what the sections are called and how headings are set,
 * how dates, ranges and "Present" are written, the bullet glyph, how contact details and
 * entry heads are arranged, and whether education comes before experience. None of these
 * changes what the gold says; they only change how it is printed.
 *
 * @param upperCase headings in capitals
 * @param colon headings end in a colon
 * @param headings the heading each section gets, by its plain English name
 * @param months how a month and year are written
 * @param dash what stands between the two dates of a range
 * @param present the word for an open end
 * @param bullet the glyph that opens a bullet (every one of them in WinAnsi, so a standard PDF font can draw it)
 * @param contactPerLine e-mail, phone and place each on a line of their own instead of one line
 * @param contactSeparator what separates the contact details on one line
 * @param workHead how a job's first line reads (0 "Title, Company", 1 "Company - Title", 2 "Title at Company",
 * 3 "Company" over "Title")
 * @param placeFirst the job's place before its dates on the dates line
 * @param educationLayout 0 degree over "School, dates"; 1 school over "degree, dates"; 2 one line
 * @param teachingLayout 0 "Role, Course"; 1 "Course (Role)"; 2 "Role for Course"
 * @param educationFirst education before experience, as new graduates and academics order it
 */
record ResumeStyle(boolean upperCase, boolean colon, Map<String, String> headings, MonthStyle months, String dash,
		String present, String bullet, boolean contactPerLine, String contactSeparator, int workHead,
		boolean placeFirst, int educationLayout, int teachingLayout, boolean educationFirst) {

	/** Headings resumes give each section; the first is the most common. */
	private static final Map<String, List<String>> HEADINGS = Map.ofEntries(
			Map.entry("Summary", List.of("Summary", "Profile", "Professional Summary", "About Me", "Overview")),
			Map.entry("Experience", List.of("Experience", "Work Experience", "Professional Experience",
					"Employment History", "Work History", "Employment")),
			Map.entry("Education", List.of("Education", "Academic Background", "Education and Training")),
			Map.entry("Skills", List.of("Skills", "Technical Skills", "Core Competencies", "Skills & Tools")),
			Map.entry("Publications", List.of("Publications", "Selected Publications", "Papers")),
			Map.entry("Projects", List.of("Projects", "Selected Projects", "Personal Projects", "Open Source")),
			Map.entry("Teaching", List.of("Teaching", "Teaching Experience", "Courses Taught")),
			Map.entry("Awards", List.of("Awards", "Honors & Awards", "Awards and Honors", "Honors")),
			Map.entry("Certifications", List.of("Certifications", "Certificates", "Licenses & Certifications")),
			Map.entry("Languages", List.of("Languages", "Language Skills")));

	private static final List<String> DASHES = List.of(" - ", " \u2013 ", " \u2014 ", " to ", "\u2013");

	private static final List<String> PRESENT = List.of("Present", "Current", "Now", "present");

	private static final List<String> BULLETS = List.of("\u2022", "-", "\u2013", "*", "\u00b7");

	private static final List<String> SEPARATORS = List.of(" | ", " \u00b7 ", " \u2022 ", "  |  ", ", ");

	/** How a month and its year are written. */
	enum MonthStyle {

		/** "Mar 2019" */
		SHORT,
		/** "March 2019" */
		LONG,
		/** "Mar. 2019", "May 2019" */
		DOTTED,
		/** "03/2019" */
		SLASHED,
		/** "2019-03" */
		ISO

	}

	static ResumeStyle draw(Random random) {
		Map<String, String> headings = new java.util.HashMap<>();
		boolean plain = random.nextInt(3) == 0;
		HEADINGS.forEach((section, names) -> headings.put(section,
				plain ? names.get(0) : names.get(random.nextInt(names.size()))));
		return new ResumeStyle(random.nextBoolean(), random.nextInt(5) == 0, Map.copyOf(headings),
				MonthStyle.values()[random.nextInt(MonthStyle.values().length)], pick(random, DASHES),
				pick(random, PRESENT), pick(random, BULLETS), random.nextInt(3) == 0, pick(random, SEPARATORS),
				random.nextInt(4), random.nextBoolean(), random.nextInt(3), random.nextInt(3), random.nextInt(4) == 0);
	}

	/** The printed heading of a section, by its plain English name. */
	String heading(String section) {
		String heading = this.headings.getOrDefault(section, section);
		return (this.upperCase ? heading.toUpperCase(Locale.ROOT) : heading) + (this.colon ? ":" : "");
	}

	/** A range of contract dates ({@code 2019-03} or {@code 2019}) as this person prints it; no end is "Present". */
	String span(String start, String end) {
		return date(start) + this.dash + (end == null ? this.present : date(end));
	}

	String date(String date) {
		if (date.length() == 4) {
			return date;
		}
		String year = date.substring(0, 4);
		String digits = date.substring(5, 7);
		Month month = Month.of(Integer.parseInt(digits));
		return switch (this.months) {
			case SHORT -> month.getDisplayName(TextStyle.SHORT, Locale.US) + " " + year;
			case LONG -> month.getDisplayName(TextStyle.FULL, Locale.US) + " " + year;
			case DOTTED -> month.getDisplayName(TextStyle.SHORT, Locale.US) + (month == Month.MAY ? " " : ". ") + year;
			case SLASHED -> digits + "/" + year;
			case ISO -> year + "-" + digits;
		};
	}

	private static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}

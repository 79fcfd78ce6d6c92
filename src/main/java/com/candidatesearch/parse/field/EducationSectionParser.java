package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads an education section into degrees: institution, degree, field, dates and grade,
 * whether each entry sits on one line, on several, or the resume lists its degrees apart
 * from its schools.
 */
public final class EducationSectionParser {

	private EducationSectionParser() {
	}

	/** Whether the text names a degree ("PhD Candidate", "M.S."). */
	static boolean namesDegree(String text) {
		return EducationLine.DEGREE.matcher(text).find();
	}

	/** Whether the text names a degree ("M.S.", "Bachelor of Arts") or a school ("… University"). */
	static boolean namesDegreeOrSchool(String text) {
		return EducationLine.DEGREE.matcher(text).find() || EducationLine.INSTITUTION.matcher(text).find();
	}

	public static List<Education> parse(List<Line> section) {
		List<Line> lines = Entry.withCardHeads(section);
		List<EducationLine> parts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (!line.isItem()) {
				EducationLine part = EducationLine.of(line);
				if (part.isEmpty() && !parts.isEmpty() && parts.get(parts.size() - 1).institution() != null
						&& EducationLine.FIELD.matcher(line.text().strip().replaceFirst("\\s*\\([\\p{L} &'’-]+\\)$", "")).matches()
						&& degreeAlone(lines, i + 1)) {
					// "Linguistics" between its school and "MA": the field of the degree named below
					part = new EducationLine(null, null, line.text().strip(), null, null);
				}
				else if (part.isEmpty() && !parts.isEmpty() && (unmarkedCourse(lines, i - 1) || unmarkedCourse(lines, i + 1))
						&& unmarkedCourse(lines, i)) {
					// "Time Series Analysis" over "Machine Learning" under a degree, their list marks lost
					// with the page's styles: courses taken for it
					part = new EducationLine(null, null, null, null, null, List.of(line.text().strip()));
				}
				parts.add(part);
			}
			else if (degreeItem(line.text())) {
				// "• PhD: Linguistics" under its school: the degree set as a list's item
				parts.add(EducationLine.of(line));
			}
			else if (!parts.isEmpty() && isCourse(line.text())) {
				// "Distributed Systems" listed under a degree: a course taken for it
				parts.add(new EducationLine(null, null, null, null, null, List.of(line.text().strip())));
			}
		}
		List<Education> degrees = alignedBlocks(parts);
		if (degrees != null) {
			return degrees;
		}
		degrees = new ArrayList<>();
		EducationLine current = null;
		for (int i = 0; i < parts.size(); i++) {
			EducationLine part = parts.get(i);
			if (current != null && fieldUnder(current, part, i + 1 < parts.size() ? parts.get(i + 1) : null)) {
				part = new EducationLine(null, null, part.institution(), null, part.score(), part.courses());
			}
			boolean datesAlone = part.dates() != null && part.institution() == null && part.degree() == null;
			if (current == null || (part.institution() != null && current.institution() != null)
					|| (part.degree() != null && current.degree() != null) || (datesAlone && current.dates() != null)) {
				if (current != null) {
					degrees.add(current.toEducation());
				}
				current = part;
			}
			else {
				current = current.merge(part);
			}
		}
		if (current != null) {
			degrees.add(current.toEducation());
		}
		degrees.removeIf(degree -> degree.institution() == null && degree.studyType() == null);
		return degrees;
	}

	/**
	 * Whether a list item names a degree and its field: it opens with the degree, then a colon,
	 * a comma or "in" ("PhD: Linguistics", "BA (Honours), Economics", "M.S. in Physics").
	 */
	private static boolean degreeItem(String text) {
		String strip = text.strip();
		Matcher degree = EducationLine.DEGREE.matcher(strip);
		return degree.lookingAt() && strip.split("\\s+").length <= 12
				&& DEGREE_THEN_FIELD.matcher(strip.substring(degree.end())).lookingAt();
	}

	/** What follows a degree that names its field: "(Honours): ", ", ", " in ". */
	private static final Pattern DEGREE_THEN_FIELD = Pattern.compile("(?:\\s*\\([\\p{L}. ]{2,12}\\))?(?::|,|\\s+in)\\s+\\p{Lu}");

	/** Whether the line is a degree named alone ("MA", "BA (Honours)"), without its field or school. */
	private static boolean degreeAlone(List<Line> lines, int index) {
		if (index >= lines.size() || lines.get(index).isItem()) {
			return false;
		}
		EducationLine part = EducationLine.of(lines.get(index));
		return part.degree() != null && part.institution() == null && part.area() == null;
	}

	/**
	 * Whether a part read as a school only for its bold ("Computer Engineering") is the field of
	 * study of the degree it sits in: under a line naming a school, over a degree named alone.
	 */
	private static boolean fieldUnder(EducationLine current, EducationLine part, EducationLine next) {
		return part.institution() != null && part.degree() == null && part.dates() == null && current.institution() != null
				&& current.degree() == null && current.area() == null && EducationLine.INSTITUTION.matcher(current.institution()).find()
				&& !EducationLine.INSTITUTION.matcher(part.institution()).find() && next != null && next.degree() != null
				&& next.institution() == null && next.area() == null;
	}

	/**
	 * A plain line that may be a course whose list mark was lost: two to six words naming
	 * nothing of a degree's head (no school, degree, date, grade, place after a comma, title).
	 */
	private static boolean unmarkedCourse(List<Line> lines, int index) {
		if (index < 0 || index >= lines.size()) {
			return false;
		}
		Line line = lines.get(index);
		String text = line.text().strip();
		int words = text.split("\\s+").length;
		return !line.isItem() && !line.isHeading() && words >= 2 && isCourse(text) && !text.matches(".*[,()\\d].*")
				&& text.matches("\\p{Lu}.*") && EducationLine.of(line).isEmpty() && !JobTitles.looksLikeTitle(text);
	}

	/** A bullet short enough to be a course's name: a few words, not a sentence. */
	private static boolean isCourse(String text) {
		String strip = text.strip();
		// a course is named in title case ("Convex Optimization"); "Advisor: …" or "Scholarship
		// recipient for …" is a detail of the degree, not a course
		return strip.split("\\s+").length <= 6 && !strip.matches(".*[.!?:].*") && !strip.matches(".*\\b\\p{Ll}{4,}\\b.*")
				&& !strip.matches("(?i).*\\b(?:gpa|thesis|award|honou?rs?|dean)\\b.*");
	}

	/**
	 * Degrees listed first and schools after ("Ph.D. …, M.S. …, B.S. …" then "University A
	 * 2023", "University B 2014"): matched from the last, the earliest school takes the
	 * degrees left over.
	 */
	private static List<Education> alignedBlocks(List<EducationLine> parts) {
		int split = 0;
		while (split < parts.size() && parts.get(split).degree() != null && parts.get(split).institution() == null) {
			split++;
		}
		List<EducationLine> degrees = parts.subList(0, split);
		List<EducationLine> schools = parts.subList(split, parts.size());
		if (degrees.size() < 2 || schools.isEmpty() || schools.size() > degrees.size()
				|| schools.stream().anyMatch(school -> school.institution() == null || school.degree() != null)) {
			return null;
		}
		List<Education> education = new ArrayList<>();
		int offset = degrees.size() - schools.size();
		for (int i = 0; i < degrees.size(); i++) {
			EducationLine school = schools.get(Math.max(0, i - offset));
			EducationLine degree = degrees.get(i);
			EducationLine merged = i < offset ? new EducationLine(school.institution(), degree.degree(), degree.area(), null, degree.score())
					: degree.merge(school);
			education.add(merged.toEducation());
		}
		return education;
	}

}

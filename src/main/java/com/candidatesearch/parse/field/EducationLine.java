package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.section.SectionKind;

/**
 * What one line of an education entry names: a school, a degree and its field, dates, a
 * grade, courses; the entry parser puts the lines of one degree together.
 *
 * @param institution the school, or {@code null}
 * @param degree the degree as printed, or {@code null}
 * @param area the field of study, or {@code null}
 * @param dates the dates on the line, or {@code null}
 * @param score the grade, or {@code null}
 * @param courses the courses the line lists
 */
record EducationLine(String institution, String degree, String area, DateRange dates, String score,
		List<String> courses) {

	/** A degree by its name or letters, in the languages resumes are read in. */
	static final Pattern DEGREE = Pattern.compile("(?<![\\p{L}.])(Ph\\.?\\s?D\\.?|D\\.?Phil\\.?|Dr\\.|Ed\\.?D\\.?|J\\.?D\\.?|M\\.?D\\.?"
			+ "|B\\.?S\\.?E\\.?|M\\.?S\\.?E\\.?|M\\.?B\\.?A\\.?|M\\.?S\\.?c?\\.?|M\\.?Sc\\.?|M\\.?Eng\\.?|M\\.?Ed\\.?|M\\.?Phil\\.?|M\\.?A\\.?|M\\.?Tech\\.?|LL\\.?M\\.?"
			+ "|B\\.?S\\.?c?\\.?|B\\.?Sc\\.?|B\\.?Eng\\.?|B\\.?E\\.?|B\\.?A\\.?|B\\.?Tech\\.?|B\\.?Comp?\\.?|LL\\.?B\\.?|A\\.?A\\.?S?\\.?"
			// business, computing, design, architecture and public-service degrees by their letters
			+ "|B\\.?B\\.?A\\.?|B\\.?C\\.?A\\.?|M\\.?C\\.?A\\.?|M\\.?Comp\\.?|[BM]\\.?Arch\\.?|[BM]\\.?Des\\.?|[BM]\\.?F\\.?A\\.?"
			+ "|M\\.?P\\.?[HAP]\\.?|D\\.?D\\.?S\\.?|D\\.?V\\.?M\\.?|Pharm\\.?\\s?D\\.?"
			+ "|(?:(?:Accelerated|Integrated|Joint|Dual|Combined|Honou?rs?)\\s+)?(?:Bachelor|Master|Doctor|Associate)(?:'s|’s|s)?(?:\\s+Degree)?"
			// "Bachelor of Applied Science in Computer Engineering": the "of" phrase names the
			// degree only when "in", a comma or a colon follows with the field
			+ "(?:\\s+of\\s+(?:\\p{Lu}\\p{L}+\\s+){0,2}\\p{Lu}\\p{L}+(?=\\s+in\\s|\\s*[,:]\\s+\\p{Lu})"
			// or the names degrees are given by convention, whatever follows ("Bachelor of Fine Arts Graphic Design")
			+ "|\\s+of\\s+(?:Fine\\s+Arts|Applied\\s+Science|Business\\s+Administration|Public\\s+Health|Social\\s+Work"
			+ "|Arts|Science|Engineering|Laws|Education|Technology|Commerce|Music|Architecture|Philosophy|Medicine|Nursing)(?![\\p{L}]))?"
			+ "|Doctorate|Diplom(?:a)?(?:-[\\p{L}]+)?|Dipl[ôo]me(?:\\s+d['’]ing[ée]nieur)?|Abitur|Licence|Licenciatura|Ma[iî]trise"
			+ "|Magister|Baccalaur[ée]at|High School Diploma|M[áa]ster|Grado|Specialist(?:\\s+Degree)?"
			+ "|GED|Certificate)(?![\\p{L}])");

	private static final String CAPITALISED = "[\\p{Lu}][\\p{L}.'’&-]*";

	/**
	 * "Universidad Politécnica de Madrid", "AGH University of Science and Technology": a
	 * school word with the capitalised words around it and an "of" phrase after them.
	 */
	static final Pattern INSTITUTION = Pattern.compile("((?:" + CAPITALISED + "\\s+)*(?:University|Universität|Universidad"
			+ "|Universidade|Université|Universit[àa]|Universitat|Universiteit|Institute|Institut|Instituto|Istituto|College"
			+ "|School|Academy|Akademie|Polytechnic|Politecnico|Hochschule|École|Ecole|Escuela|Escola|Faculdade|Facultad"
			+ "|Gymnasium|Conservatory|Seminary|Campus)(?![\\p{L}])(?:\\s+(?:\\p{Lu}\\p{Ll}[\\p{L}-]*|[IVX]{1,4}(?![\\p{L}]))){0,3}"
			+ "(?:\\s+(?:of|for|at|de|der|für|del|des|di|do|da)(?:\\s+(?:and\\s+|&\\s+|y\\s+|e\\s+|und\\s+)?" + CAPITALISED + ")+)?"
			// ", College of Engineering" after the university: the school within it; else a campus (", Berkeley")
			+ "(?:,\\s+(?:College|School|Faculty)\\s+of\\s+(?:" + CAPITALISED + "\\s+(?:and\\s+|&\\s+)?){0,2}" + CAPITALISED
			+ "|,\\s+[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+)?)?)");

	/**
	 * ", Computer Science" after a school's name: a field of study, named by its last word, where
	 * ", Berkeley" after "University of California" names the campus.
	 */
	private static final Pattern FIELD_AFTER_SCHOOL = Pattern.compile(",\\s+((?:\\p{Lu}\\p{L}+\\s+){0,3}(?:Sciences?"
			+ "|Engineering|Studies|Mathematics|Physics|Chemistry|Biology|Economics|Linguistics|Design|Arts|Management"
			+ "|Administration|Informatics|Statistics|Psychology|Philosophy|History|Law|Medicine|Finance|Accounting"
			+ "|Architecture|Music|Literature|Sociology|Nursing))$");

	private static final Pattern SCORE = Pattern
		.compile("(?i)\\b(?:c?gpa|(?:final\\s+)?grade|abschlussnote|note(?:\\s+finale)?|nota(?:\\s+media)?|score|average)"
				+ "\\s*[:=]?\\s*(\\d+(?:[.,]\\d+)?(?:\\s*/\\s*\\d+(?:[.,]\\d+)?)?)");

	/** "3.9" on a line of its own, or "Computer Engineering (3.7)": a grade point average without its label. */
	private static final Pattern BARE_SCORE = Pattern.compile("(?:^|\\s*\\()(\\d[.,]\\d{1,2}(?:\\s*/\\s*\\d(?:[.,]\\d{1,2})?)?)(?:$|\\)$)");

	private static final Pattern AREA_END = Pattern.compile("(?i)\\s+(?:graduated|gpa|cgpa|grade|with\\s|summa|magna|cum laude|thesis|advisor|minor)\\b.*$"
			// "(Computational Linguistics)" closing the line names a specialisation of the field; a
			// bracket with figures in it ("(GPA 3.8)") or more after it does not
			+ "|\\s*[,;|].*$|\\s*\\((?![\\p{L} &'’-]+\\)\\s*$).*$");

	/**
	 * "Distinction", "First Class Honours", "magna cum laude": a grade named in words, on a line
	 * of its own or after "Grade:".
	 */
	private static final Pattern WORD_GRADE = Pattern.compile("(?i)^(?:(?:final\\s+)?grade\\s*:\\s*)?((?:with\\s+)?"
			+ "(?:(?:(?:first|upper second|lower second|second|third)[- ]class(?:\\s+honou?rs)?)|(?:high\\s+)?distinction"
			+ "|merit|(?:summa\\s+|magna\\s+)?cum\\s+laude|honou?rs))$");

	/** "Relevant coursework: Operating Systems, Compilers": the courses of a degree. */
	private static final Pattern COURSES = Pattern.compile("(?i)^(?:relevant\\s+|selected\\s+)?(?:course\\s*work|courses)\\s*:\\s*(.+)$");

	/** "Courses" or "Relevant coursework:" alone, over a list of them. */
	private static final Pattern COURSES_CAPTION = Pattern.compile("(?i)\\s*(?:relevant\\s+|selected\\s+)?(?:course\\s*work|courses)\\s*:?\\s*");

	/** "B.A. (Mod.)", "B.Sc. (Hons)": a short qualifier that belongs to the degree. */
	private static final Pattern QUALIFIER = Pattern.compile("^\\s*(\\([\\p{L}.]{2,8}\\))");

	private static final Pattern SEGMENT = Pattern.compile("\\s+[|–—·]\\s+|,\\s+");

	/** " of Fine Arts," after a degree word, with nothing after it but a separator. */
	private static final Pattern OF_PHRASE = Pattern.compile("^\\s+of\\s+((?:\\p{Lu}\\p{L}+\\s+){0,2}\\p{Lu}\\p{L}+)\\s*[,|–—·]?\\s*$");

	/** "Graphic Design, " or "Statistics | ": the words before a degree and the separator after them. */
	private static final Pattern FIELD_SEPARATED = Pattern.compile("^(.+?)\\s*(?:,|\\s[|–—·])\\s*$");

	/** "Graphic Design" before a degree: a few words, capitalised first, no digits, no degree. */
	static final Pattern FIELD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:[\\p{L}'’-]+|&)){0,5}");



	EducationLine(String institution, String degree, String area, DateRange dates, String score) {
		this(institution, degree, area, dates, score, List.of());
	}

	boolean isEmpty() {
		return this.institution == null && this.degree == null && this.area == null && this.dates == null
				&& this.score == null && this.courses.isEmpty();
	}

	static EducationLine of(Line line) {
		Matcher worded = WORD_GRADE.matcher(line.text().strip());
		if (worded.matches()) {
			return new EducationLine(null, null, null, null, worded.group(1));
		}
		if (COURSES_CAPTION.matcher(line.text()).matches()) {
			// "Courses" over the list of them: the list says the rest
			return new EducationLine(null, null, null, null, null);
		}
		Matcher courses = COURSES.matcher(line.text());
		if (courses.find()) {
			return new EducationLine(null, null, null, null, null,
					List.of(courses.group(1).replaceAll("[.;]$", "").split("\\s*[,;]\\s+")));
		}
		String text = line.text().replaceAll("(?i)\\b(degree|abschluss|diplôme|título)\\s*:\\s*", "");
		DateRange dates = DateRange.find(text);
		if (dates != null) {
			// "Expected May 2017": the words a line of dates alone labels them with name nothing
			text = DateRange.isDateOnly(text) ? "" : dates.removeFrom(text);
		}
		String score = null;
		Matcher grade = SCORE.matcher(text);
		Matcher bare = BARE_SCORE.matcher(text);
		if (grade.find()) {
			score = grade.group(1).strip();
			text = (text.substring(0, grade.start()) + text.substring(grade.end())).strip();
		}
		else if (bare.find()) {
			score = bare.group(1);
			text = (text.substring(0, bare.start()) + text.substring(bare.end())).strip();
		}
		String institution = null;
		Matcher school = INSTITUTION.matcher(text);
		String fieldAfter = null;
		boolean schoolNamed = school.find();
		while (schoolNamed && insideQuotes(text, school.start(1))) {
			// "Thesis: “Young People in the Construction of the Virtual University”": a title's words
			schoolNamed = school.find();
		}
		if (schoolNamed) {
			int start = school.start(1);
			int end = school.end(1);
			Matcher inside = DEGREE.matcher(text);
			if (inside.find(start) && inside.start() == start && inside.end() < end) {
				// "PhD Princeton University": the degree set before the school's name is none of it
				start = inside.end();
				while (start < end && Character.isWhitespace(text.charAt(start))) {
					start++;
				}
			}
			if (inside.find(start) && inside.start() > start && inside.start() < end) {
				end = inside.start();
			}
			institution = trimInstitution(text.substring(start, end).strip());
			Matcher field = FIELD_AFTER_SCHOOL.matcher(institution);
			if (field.find()) {
				// "Princeton University, Computer Science": a field of study, not a campus, after the comma
				fieldAfter = field.group(1);
				institution = institution.substring(0, field.start());
			}
			end = start + institution.length();
			text = (text.substring(0, start) + " " + text.substring(end)).strip();
		}
		else if (line.bold() && text.codePoints().anyMatch(Character::isLetter)
				&& DEGREE.matcher(text).results().findAny().isEmpty()) {
			// a bold line of dates alone ("10/2008 – 03/2014" above its degree) names no school
			institution = text;
			text = "";
		}
		else {
			String[] segments = SEGMENT.split(text.strip());
			if (segments.length >= 2 && DEGREE.matcher(text).find() && !DEGREE.matcher(segments[0]).find()
					&& segments[0].matches("\\p{Lu}.*")) {
				// "KAIST | B.S. in Computer Science": a school named without a school word
				institution = segments[0].strip();
				text = text.strip().substring(segments[0].length());
			}
		}
		String degree = null;
		String area = null;
		Matcher matcher = DEGREE.matcher(text);
		if (matcher.find()) {
			degree = matcher.group(1).strip();
			String rest = text.substring(matcher.end());
			Matcher qualifier = QUALIFIER.matcher(rest);
			if (qualifier.find()) {
				degree = degree + " " + qualifier.group(1);
				rest = rest.substring(qualifier.end());
			}
			area = area(rest);
			String before = fieldBefore(text.substring(0, matcher.start()));
			Matcher named = OF_PHRASE.matcher(rest);
			if (before != null && (area == null || named.matches())) {
				// "Graphic Design, Bachelor of Fine Arts" and "Statistics, MSc": the field
				// is named first, and an "of" phrase left at the end names the degree
				degree = named.matches() ? degree + " of " + named.group(1) : degree;
				area = before;
			}
			else if (named.matches() && text.substring(0, matcher.start()).isBlank()) {
				// "Bachelor of Science" on a line of its own (its field on another) is the degree's name
				degree = degree + " of " + named.group(1);
				area = null;
			}
			if (institution == null && matcher.start() == 0) {
				institution = namedAfter(rest);
			}
		}
		else if (institution == null && dates != null || institution == null && score == null && line.isHeading()) {
			// "ETH Zurich, 2015 – 2017" under its degree, or a heading of its own: a school
			// known by a name without a school word
			institution = schoolName(text);
		}
		else {
			Matcher studied = Pattern.compile("^(\\p{Lu}[\\p{L}'’ .-]+?)\\s+(?:in|of)\\s+(\\p{Lu}.+)$").matcher(text.strip());
			if (studied.find()) {
				degree = studied.group(1);
				area = area(studied.group(2));
			}
		}
		if (area == null && fieldAfter != null) {
			area = fieldAfter;
		}
		return new EducationLine(institution, degree, area, dates, score);
	}

	/** The field named before a degree and set apart from it by a comma or a bar, or null. */
	private static String fieldBefore(String text) {
		Matcher separated = FIELD_SEPARATED.matcher(text);
		if (!separated.matches()) {
			return null;
		}
		String field = separated.group(1).strip();
		return FIELD.matcher(field).matches() && !DEGREE.matcher(field).find() ? field : null;
	}

	/** "M.S. in Physics, KAIST": the capitalised segment after the field names the school. */
	private static String namedAfter(String rest) {
		// "Ph.D., Computer Science": the comma after the degree opens no segment
		String[] segments = SEGMENT.split(rest.strip().replaceFirst("^[,|–—·]\\s*", ""));
		return segments.length < 2 ? null : schoolName(segments[1]);
	}

	/** The text as a school's name: a few capitalised words, no digits, not a sentence or a label. */
	private static String schoolName(String text) {
		String name = text.strip().replaceAll("^[,|–—-]+\\s*|\\s*[,|–—-]+$", "");
		boolean shaped = name.matches("\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’&-]*|of|de|di|for|the|and|&)){0,5}");
		return shaped && !name.endsWith(".") && !SectionKind.key(name).matches("(?:thesis|advisor|minor|major|honors|graduated)\\b.*")
				? name : null;
	}

	private static String area(String rest) {
		String area = rest.replaceFirst("^[\\s,:–—-]*(?:(?:in|of|en|in der|de)\\s+)?", "");
		// (and the separator a school's name stood after: "Data Science — Universidad …")
		area = AREA_END.matcher(area).replaceAll("").strip().replaceFirst("\\s*[,|–—·-]+$", "");
		return area.isEmpty() ? null : area;
	}

	/** Whether the place in the text falls inside quotation marks, as a title's words do. */
	private static boolean insideQuotes(String text, int at) {
		int open = text.lastIndexOf('“', at);
		if (open >= 0 && text.indexOf('”', open) > at) {
			return true;
		}
		return text.substring(0, at).chars().filter(c -> c == '"').count() % 2 == 1 && text.indexOf('"', at) > 0;
	}

	/**
	 * "Georgia Institute of Technology Graduate Researcher" loses the title run at its end;
	 * "… of Science" keeps its last word, which only looks like a title word.
	 */
	private static String trimInstitution(String institution) {
		String[] tokens = institution.split("\\s+");
		int end = tokens.length;
		if (!JobTitles.isHead(tokens[end - 1]) && !DEGREE.matcher(tokens[end - 1]).matches()) {
			return institution;
		}
		while (end > 1 && (JobTitles.isTitleWord(tokens[end - 1]) || DEGREE.matcher(tokens[end - 1]).matches())
				&& !tokens[end - 1].matches("(?i)university|institute|college|school|academy|technology")) {
			end--;
		}
		return String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, end));
	}

	EducationLine merge(EducationLine other) {
		List<String> courses = new ArrayList<>(this.courses);
		courses.addAll(other.courses);
		return new EducationLine(this.institution != null ? this.institution : other.institution,
				this.degree != null ? this.degree : other.degree, this.area != null ? this.area : other.area,
				this.dates != null ? this.dates : other.dates, this.score != null ? this.score : other.score, courses);
	}

	Education toEducation() {
		String start = null;
		String end = null;
		if (this.dates != null) {
			boolean single = this.dates.end() == null && !this.dates.ongoing();
			start = single ? null : this.dates.start();
			end = single ? this.dates.start() : this.dates.end();
		}
		return new Education(this.institution, this.area, this.degree, start, end, this.score, this.courses, null);
	}

}

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Teaching;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads a teaching section into courses: the course, where, the term ("Winter 2025"), and
 * what the candidate did as highlights.
 */
public final class TeachingSectionParser {

	/** "Teaching Assistant for Stanford CS107 (…)": the role, the school, then the course. */
	private static final Pattern ROLE = Pattern.compile("(?i)^(?:(?:head\\s+|graduate\\s+|undergraduate\\s+)?teaching assistant|ta|tutor|grader|"
			+ "instructor|lecturer|co-instructor|course assistant|teaching fellow)\\s*(?:for|of|in|,|:|–|-)\\s*");

	private static final Pattern COURSE_CODE = Pattern.compile("\\b\\p{Lu}{2,5}\\s?\\d{2,4}[\\p{L}]?\\b");

	/** "Analog Electronics (Teaching Assistant)": the role in parentheses after the course. */
	private static final Pattern ROLE_AFTER = Pattern.compile("(?i)\\s*\\((?:head\\s+|graduate\\s+)?(?:teaching assistant|ta|tutor"
			+ "|grader|instructor|lecturer|co-lecturer|co-instructor|teaching fellow)\\)");

	/** "INF100 Introduction to Programming, University of Bergen": the school after the course. */
	private static final Pattern SCHOOL_AFTER = Pattern.compile("(?:,|\\s+[–—|]|\\s+at)\\s+([^,]*\\b(?:University|Universit\\p{L}*|College"
			+ "|Institute|Institut\\p{L}*|School|Polytechnic|Politecnico|Academy|Hochschule|École|Escuela)\\b[^,]*)$");

	private static final Pattern SCHOOL_WORD = Pattern.compile("\\b(?:University|Universit\\p{L}*|College|Institute"
			+ "|Institut\\p{L}*|School|Polytechnic|Politecnico|Academy|Hochschule|École|Escuela)\\b");

	private TeachingSectionParser() {
	}

	public static List<Teaching> parse(List<Line> lines) {
		List<Teaching> courses = new ArrayList<>();
		for (Entry entry : Entry.group(lines)) {
			DateRange dates = entry.dates();
			List<String> heads = new ArrayList<>();
			for (Line line : entry.head) {
				String text = dates != null && dates.equals(DateRange.find(line.text())) ? dates.removeFrom(line.text())
						: line.text();
				if (!text.isBlank()) {
					heads.add(text);
				}
			}
			if (heads.isEmpty()) {
				continue;
			}
			String name = heads.get(0);
			String institution = null;
			Matcher role = ROLE.matcher(name);
			if (role.find()) {
				name = name.substring(role.end());
				Matcher code = COURSE_CODE.matcher(name);
				if (code.find() && code.start() > 0) {
					institution = name.substring(0, code.start()).replaceAll("[\\s,:–-]+$", "");
					name = name.substring(code.start());
				}
			}
			Matcher roleAfter = ROLE_AFTER.matcher(name);
			if (roleAfter.find()) {
				// "Analog Electronics (Teaching Assistant), Politecnico di Milano": the role closes the course
				String after = name.substring(roleAfter.end()).replaceFirst("^\\s*[,|–—-]\\s*", "").strip();
				name = name.substring(0, roleAfter.start()).strip();
				if (institution == null && !after.isEmpty()) {
					institution = after;
				}
			}
			Matcher school = SCHOOL_AFTER.matcher(name);
			if (institution == null && school.find()) {
				institution = school.group(1).strip();
				name = name.substring(0, school.start()).strip();
			}
			List<String> rest = new ArrayList<>(heads.subList(1, heads.size()));
			if (institution == null && !rest.isEmpty() && isSchoolLine(entry.head, rest.get(0), dates)) {
				institution = rest.remove(0).replaceAll("^[\\s,|–—-]+|[\\s,|–—-]+$", "");
			}
			List<String> highlights = new ArrayList<>(rest);
			highlights.addAll(entry.body);
			highlights.addAll(entry.items);
			String term = dates == null ? null : dates.term();
			courses.add(new Teaching(name, institution, term, dates == null ? null : dates.start(),
					dates == null ? null : dates.end(), highlights));
		}
		return courses;
	}

	/**
	 * Whether the second head line names the school: it says so ("University", "College"), or
	 * it is the short capitalised remainder of the line that carried the term ("Stanford,
	 * Autumn 2017"), which is where resumes put the school.
	 */
	private static boolean isSchoolLine(List<Line> head, String text, DateRange dates) {
		String rest = text.strip();
		if (rest.isEmpty() || rest.endsWith(".") || rest.split("\\s+").length > 8) {
			return false;
		}
		if (SCHOOL_WORD.matcher(rest).find()) {
			return true;
		}
		boolean carriedTerm = dates != null && head.size() > 1 && dates.equals(DateRange.find(head.get(1).text()));
		return carriedTerm && Character.isUpperCase(rest.charAt(0));
	}

}

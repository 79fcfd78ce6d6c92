package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Teaching;

/**
 * Reads a teaching section into courses: the course, where, the term ("Winter 2025"), and
 * what the candidate did as highlights.
 */
final class TeachingSectionParser {

	/** "Teaching Assistant for Stanford CS107 (…)": the role, the school, then the course. */
	private static final Pattern ROLE = Pattern.compile("(?i)^(?:(?:head\\s+|graduate\\s+|undergraduate\\s+)?teaching assistant|ta|tutor|grader|"
			+ "instructor|lecturer|co-instructor|course assistant|teaching fellow)\\s*(?:for|of|in|,|:|–|-)\\s*");

	private static final Pattern COURSE_CODE = Pattern.compile("\\b\\p{Lu}{2,5}\\s?\\d{2,4}[\\p{L}]?\\b");

	private TeachingSectionParser() {
	}

	static List<Teaching> parse(List<Line> lines) {
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
			List<String> highlights = new ArrayList<>(heads.subList(1, heads.size()));
			highlights.addAll(entry.body);
			highlights.addAll(entry.items);
			String term = dates == null ? null : dates.term();
			courses.add(new Teaching(name, institution, term, dates == null ? null : dates.start(),
					dates == null ? null : dates.end(), highlights));
		}
		return courses;
	}

}

package com.candidatesearch.candidate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.candidatesearch.parse.FoldedText;

/**
 * How long a candidate has used a listed skill and when last: the union of the dates of the
 * jobs and projects whose entries mention it. A skill no entry mentions has no years and no
 * last use; the resume lists it but does not say where it was used.
 *
 * @param skill the skill as the resume lists it
 * @param years whole years of the jobs and projects that mention it, overlaps counted once
 * @param lastUsed the last month of those, or {@code null}
 */
public record SkillUse(String skill, int years, YearMonth lastUsed) {

	/** Beyond this, more years say nothing more to a filter. */
	static final int MAX_YEARS = 50;

	static List<SkillUse> of(List<String> skills, List<Position> positions, List<Project> projects, YearMonth now) {
		Map<String, SkillUse> uses = new LinkedHashMap<>();
		for (String skill : skills) {
			String key = key(skill);
			if (key.isEmpty() || uses.containsKey(key)) {
				continue;
			}
			Pattern mention = mention(skill);
			DateSpans spans = new DateSpans(now);
			for (Position position : positions) {
				if (mention.matcher(position.text()).find()) {
					spans.add(position.getStartDate(), position.getEndDate());
				}
			}
			for (Project project : projects) {
				if (mention.matcher(project.text()).find()) {
					spans.add(project.getStartDate(), project.getEndDate());
				}
			}
			uses.put(key, new SkillUse(skill, Math.min(spans.years(), MAX_YEARS), spans.last()));
		}
		return new ArrayList<>(uses.values());
	}

	/**
	 * Index terms for {@code skill:X experience:>=N}: one term per whole year, {@code python#1}
	 * to {@code python#5} for five years, so the filter is a single term lookup.
	 */
	List<String> yearTerms() {
		String key = key(this.skill);
		List<String> terms = new ArrayList<>(this.years);
		for (int year = 1; year <= this.years; year++) {
			terms.add(key + "#" + year);
		}
		return terms;
	}

	/** The skill folded for case, accents and spacing, as queries fold it. */
	public static String key(String skill) {
		return FoldedText.of(skill);
	}

	/** The skill as a whole word: "C" is not found in "C++" or "Cloud", "Java" not in "JavaScript". */
	private static Pattern mention(String skill) {
		return Pattern.compile("(?<![\\p{L}\\p{N}+#])" + Pattern.quote(skill.strip()) + "(?![\\p{L}\\p{N}+#])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}

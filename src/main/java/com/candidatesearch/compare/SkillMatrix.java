package com.candidatesearch.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.candidate.CandidateCard;
import com.candidatesearch.candidate.CandidateExperience;
import com.candidatesearch.candidate.CandidateProfile;

/**
 * Every skill of the compared candidates against every candidate: the skills the search asked
 * for first, then those most of them share. A cell says whether the candidate lists the skill
 * and, when the resume's dated entries mention it, for how many years.
 *
 * @param rows one per skill
 * @param more how many further skills, held by fewest, are left out to keep the matrix readable
 */
record SkillMatrix(List<Row> rows, int more) {

	static final int MAX_ROWS = 40;

	static SkillMatrix of(List<CandidateProfile> profiles, List<Map<String, String>> skillsByCandidate,
			Map<Long, CandidateExperience> experience, SearchTerms terms) {
		Map<String, String> names = new LinkedHashMap<>();
		skillsByCandidate.forEach(skills -> skills.forEach(names::putIfAbsent));
		List<Map<String, Integer>> years = new ArrayList<>();
		for (CandidateProfile profile : profiles) {
			Map<String, Integer> byKey = new HashMap<>();
			CandidateExperience known = experience.get(profile.id());
			if (known != null) {
				for (CandidateCard.Skill skill : known.skills()) {
					byKey.put(Comparison.normalized(skill.name()), skill.years());
				}
			}
			years.add(byKey);
		}
		List<Row> rows = new ArrayList<>();
		names.forEach((key, name) -> {
			List<Cell> cells = new ArrayList<>();
			int holders = 0;
			for (int i = 0; i < profiles.size(); i++) {
				boolean held = skillsByCandidate.get(i).containsKey(key);
				holders += held ? 1 : 0;
				Integer known = years.get(i).get(key);
				cells.add(new Cell(held, held && known != null && known > 0 ? (known == 1 ? "1 yr" : known + " yrs") : null));
			}
			rows.add(new Row(name, terms.matches(name), holders, cells));
		});
		rows.sort(Comparator.comparing((Row row) -> !row.asked())
			.thenComparing(Comparator.comparingInt(Row::holders).reversed()));
		int kept = Math.min(rows.size(), MAX_ROWS);
		return new SkillMatrix(List.copyOf(rows.subList(0, kept)), rows.size() - kept);
	}

	/**
	 * A skill's row.
	 *
	 * @param skill the skill as first listed
	 * @param asked whether the search asked for it
	 * @param holders how many of the candidates list it
	 * @param cells one per candidate
	 */
	record Row(String skill, boolean asked, int holders, List<Cell> cells) {
	}

	/**
	 * One candidate's cell.
	 *
	 * @param held whether the candidate lists the skill
	 * @param years how long, e.g. "3 yrs", or {@code null} when no dated entry mentions it
	 */
	record Cell(boolean held, String years) {
	}

}

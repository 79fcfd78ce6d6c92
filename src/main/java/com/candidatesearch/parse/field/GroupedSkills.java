package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.layout.Line;

/**
 * Skills sections whose shape alone names the groups, read whole before
 * {@link SkillsSectionParser} reads line by line: list items over plain lines, or names and
 * lists taking turns.
 */
final class GroupedSkills {

	private GroupedSkills() {
	}

	/**
	 * The groups where list items name them and plain lines under each list its skills
	 * ("• Frontend" over "React", "TypeScript"; a nested list whose inner marks were lost), or
	 * null: the section opens with an item, there are two or more, each short and over at
	 * least one plain line of short names.
	 */
	static List<SkillGroup> byItems(List<Line> lines) {
		if (lines.isEmpty() || !lines.get(0).isItem()) {
			return null;
		}
		List<String> names = new ArrayList<>();
		List<List<String>> skills = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.isItem()) {
				if (!SkillLines.isShortName(line.text()) || i + 1 >= lines.size() || lines.get(i + 1).isItem()) {
					return null;
				}
				names.add(line.text().strip());
				skills.add(new ArrayList<>());
			}
			else {
				// skills, not a sentence describing the item above ("Web Design" over what it means)
				List<String> listed = SkillsSectionParser.spaced(SkillsSectionParser.split(line.text()));
				if (listed.stream().anyMatch(skill -> !SkillLines.isShortName(skill) || skill.matches(".*[.。!?！？]"))) {
					return null;
				}
				skills.get(skills.size() - 1).addAll(listed);
			}
		}
		if (names.size() < 2) {
			return null;
		}
		List<SkillGroup> groups = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			groups.add(new SkillGroup(names.get(i), skills.get(i)));
		}
		return groups;
	}

	/**
	 * The groups where the section's lines take turns, a name and then its list ("Frontend"
	 * over "React, TypeScript, Vue", "Design" over "Figma, Design systems"), each name short
	 * and without a list's separators, most lists with a comma; or null. Without bold, gaps or
	 * a colon to tell them, the turns are what say which line names a group.
	 */
	static List<SkillGroup> byTurns(List<Line> lines) {
		if (lines.size() < 4 || lines.size() % 2 != 0) {
			return null;
		}
		List<SkillGroup> groups = new ArrayList<>();
		int commas = 0;
		for (int i = 0; i < lines.size(); i += 2) {
			Line name = lines.get(i);
			Line list = lines.get(i + 1);
			String text = name.text().strip();
			if (name.isItem() || list.isItem() || !SkillLines.isShortName(text) || text.split("\\s+").length > 3
					|| text.matches(".*[\\d:].*")) {
				return null;
			}
			commas += list.text().contains(",") ? 1 : 0;
			groups.add(new SkillGroup(text, SkillsSectionParser.split(list.text())));
		}
		return 3 * commas >= 2 * groups.size() ? groups : null;
	}

}

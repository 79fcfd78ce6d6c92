package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads a skills section into groups: "Group: a, b, c" lines, a group heading over a list,
 * or one flat list named {@code Skills}.
 */
public final class SkillsSectionParser {

	private static final Pattern GROUP = Pattern.compile("^([^:：]{1,60}?)\\s*[:：]\\s*(.+)$");

	static final String FLAT = "Skills";

	private SkillsSectionParser() {
	}

	public static List<SkillGroup> parse(List<Line> lines) {
		List<SkillGroup> groups = new ArrayList<>();
		List<String> flat = new ArrayList<>();
		String pending = null;
		for (Line line : lines) {
			String text = line.text();
			Matcher group = GROUP.matcher(text);
			if (group.matches() && !group.group(1).contains(",")) {
				groups.add(new SkillGroup(group.group(1).strip(), split(group.group(2))));
				pending = null;
			}
			else if (isGroupName(line)) {
				pending = text;
			}
			else if (pending != null) {
				groups.add(new SkillGroup(pending, split(text)));
				pending = null;
			}
			else {
				flat.addAll(split(text));
			}
		}
		if (!flat.isEmpty()) {
			groups.add(0, new SkillGroup(FLAT, flat));
		}
		return groups;
	}

	/** A short line without list punctuation: the heading of the list below it. */
	private static boolean isGroupName(Line line) {
		String text = line.text();
		return !line.isItem() && text.split("\\s+").length <= 5 && !text.matches(".*[,;|•·].*")
				&& (line.bold() || line.kind() == Line.Kind.LABEL || line.gapBefore() || line.isHeading());
	}

	/**
	 * The skills of a list: split on commas, semicolons, bullets and pipes, never inside
	 * parentheses ("Weights & Biases (WandB)" and "C/C++" stay whole).
	 */
	public static List<String> split(String list) {
		List<String> skills = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
			boolean separator = depth == 0 && (c == ',' || c == ';' || c == '|' || c == '•' || c == '·');
			if (separator) {
				add(skills, current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		add(skills, current.toString());
		return skills;
	}

	private static void add(List<String> skills, String raw) {
		String skill = raw.strip().replaceFirst("^(?i)(and|und|et|y)\\s+", "").replaceFirst("(?<![.\\s]\\p{Lu})\\.$", "");
		skill = skill.replaceFirst("^[-–•*]\\s*", "").strip();
		if (!skill.isEmpty()) {
			skills.add(skill);
		}
	}

}

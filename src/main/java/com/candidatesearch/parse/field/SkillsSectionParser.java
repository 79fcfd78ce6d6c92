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

	static final Pattern GROUP = Pattern.compile("^([^:：]{1,60}?)\\s*[:：]\\s*(.+)$");

	static final String FLAT = "Skills";

	/** "and Docker" at the end of a list: the word that joins its last item. */
	private static final Pattern JOINING_WORD = Pattern.compile("^(?i)(and|und|et|y)\\s+");

	/** The full stop ending a list, not an initial's ("Quantization." but "C."). */
	private static final Pattern FULL_STOP = Pattern.compile("(?<![.\\s]\\p{Lu})\\.$");

	private static final Pattern LIST_MARK = Pattern.compile("^[-–•*]\\s*");

	/**
	 * "FRONTEND React, TypeScript", "MACHINE LEARNING PyTorch, JAX": a group's name in capitals
	 * (its last word of five letters or more, longer than most acronyms), then a list whose
	 * first word is no acronym.
	 */
	private static final Pattern CAPITALS_GROUP = Pattern.compile("((?:\\p{Lu}{2,} )*\\p{Lu}{5,})\\s+(?=\\S*\\p{Ll})([^,]+,.+)");

	private SkillsSectionParser() {
	}

	public static List<SkillGroup> parse(List<Line> lines) {
		List<SkillGroup> byItems = GroupedSkills.byItems(lines);
		if (byItems != null) {
			return byItems;
		}
		List<SkillGroup> byTurns = GroupedSkills.byTurns(lines);
		if (byTurns != null) {
			return byTurns;
		}
		List<SkillGroup> groups = new ArrayList<>();
		List<String> flat = new ArrayList<>();
		String pending = null;
		boolean pendingLabel = false;
		// "Leadership" in bold over "Hiring", "Coaching", "OKRs" each on its own line: where the
		// section sets short lines in bold among plain ones, the bold ones name the groups and every
		// plain line up to the next is one of that group's skills; a name and a value in turn
		// ("Twitter" in bold over a handle) are no such groups
		long names = lines.stream().filter(line -> SkillLines.isBoldName(line)).count();
		long plain = lines.stream().filter(line -> !line.bold() && !line.isHeading() && line.kind() != Line.Kind.LABEL)
			.count();
		boolean boldNames = names > 0 && plain >= 2 * names;
		List<String> named = null;
		int namedAt = -1;
		boolean[] listed = boldNames ? new boolean[lines.size()] : SkillLines.oneALine(lines);
		boolean namedItems = false;
		// whether the line before was the level under a group's name
		boolean afterLevel = false;
		// "Frontend", "React", "TypeScript", "Backend", "Go" one a line with nothing to tell the
		// names from the skills but their words: where two or more short lines name a kind of
		// skill and each has a skill under it, they name the groups
		boolean categories = SkillLines.categoryHeads(lines) >= 2;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			String text = line.text();
			if (named != null && named.isEmpty() && SkillLines.isLevel(text)) {
				// "Frontend" over "Senior" over the skills: how well, not a skill
				continue;
			}
			if (namedItems && !line.isItem()) {
				// the list under a name ends where its items do
				named = null;
				namedItems = false;
			}
			if (categories && SkillLines.headsCategory(lines, i)) {
				named = new ArrayList<>();
				groups.add(new SkillGroup(text.strip(), named));
				namedAt = groups.size() - 1;
				pending = null;
				// (over items, the group ends where they do, as under any name)
				namedItems = lines.stream().skip(i + 1).limit(2).anyMatch(Line::isItem);
				continue;
			}
			if (!line.isItem() && i + 1 < lines.size() && SkillLines.isLevel(lines.get(i + 1).text()) && !SkillLines.isLevel(text)
					&& SkillLines.isShortName(text) && !line.bold() && pending == null) {
				// "Javascript", "Compression", "Master", "Mpeg": a line over a level names the next
				// group, though it follows the last skill of the one before without a gap
				pending = text.strip();
				pendingLabel = false;
				named = null;
				continue;
			}
			if (pending != null && SkillLines.isLevel(text) && i + 1 < lines.size() && !lines.get(i + 1).isItem()) {
				// the level under a group's name: how well, no skill; the skills come next, whatever
				// gap sets the first of them apart
				named = new ArrayList<>();
				groups.add(new SkillGroup(pending, named));
				namedAt = groups.size() - 1;
				pending = null;
				afterLevel = true;
				continue;
			}
			if (afterLevel) {
				afterLevel = false;
				if (!line.isItem() && !line.bold() && !line.isHeading()) {
					named.addAll(split(text));
					groups.set(namedAt, new SkillGroup(groups.get(namedAt).name(), named));
					continue;
				}
			}
			if (listed[i]) {
				if (pending != null) {
					// "Tools" over "Python", "SQL", "Spark" one a line: the name heads the run
					named = new ArrayList<>();
					groups.add(new SkillGroup(pending, named));
					namedAt = groups.size() - 1;
					pending = null;
				}
				if (named != null) {
					named.addAll(split(text));
					groups.set(namedAt, new SkillGroup(groups.get(namedAt).name(), named));
				}
				else {
					flat.addAll(split(text));
				}
				continue;
			}
			Matcher group = GROUP.matcher(text);
			Matcher capitals = CAPITALS_GROUP.matcher(text.strip());
			if (!group.matches() && capitals.matches()) {
				// "FRONTEND React, TypeScript": a name in capitals run into its list without a colon
				groups.add(new SkillGroup(capitalised(capitals.group(1)), split(capitals.group(2))));
				pending = null;
				named = null;
			}
			else if (group.matches() && !group.group(1).contains(",")) {
				groups.add(new SkillGroup(group.group(1).strip(), spaced(split(group.group(2)))));
				pending = null;
				named = null;
			}
			else if (boldNames && SkillLines.isBoldName(line)) {
				named = new ArrayList<>();
				groups.add(new SkillGroup(text.strip(), named));
				namedAt = groups.size() - 1;
				pending = null;
			}
			else if (named != null && !line.bold() && !(SkillLines.isGroupName(line) && heads(lines, i))) {
				named.addAll(split(text));
				// a group is a record of its skills as they were when made
				groups.set(namedAt, new SkillGroup(groups.get(namedAt).name(), named));
			}
			else if (pending != null && (SkillLines.isLevel(text) || SkillLines.isGroupName(line) && pendingLabel
					&& i + 1 < lines.size() && (listed[i + 1] || lines.get(i + 1).isItem()))) {
				// "Databases" as the section's own heading, then "Advanced", then the skills one a
				// line or a list of them: the line between names how well, the name above still
				// names the group
				named = null;
			}
			else if (SkillLines.isGroupName(line)) {
				pending = text;
				pendingLabel = line.kind() == Line.Kind.LABEL;
				named = null;
			}
			else if (pending != null && line.isItem()) {
				// "Platforms" over "• Kubernetes", "• AWS": the name heads the list's items
				named = new ArrayList<>(split(text));
				groups.add(new SkillGroup(pending, named));
				namedAt = groups.size() - 1;
				namedItems = true;
				pending = null;
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

	/** Whether the line after this one is a list of several skills ("Other" over "TensorFlow, PyTorch"). */
	private static boolean heads(List<Line> lines, int index) {
		return index + 1 < lines.size() && !lines.get(index + 1).bold() && split(lines.get(index + 1).text()).size() > 1;
	}

	/** "MACHINE LEARNING" as it reads in a sentence's case: "Machine Learning". */
	private static String capitalised(String name) {
		StringBuilder text = new StringBuilder();
		for (String word : name.split(" ")) {
			text.append(text.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return text.toString();
	}

	/**
	 * A list of names parted by spaces alone ("Web: JavaScript HTML 5 CSS LAMP REST", as
	 * HackMyResume prints keywords) split at the spaces; a number stays with the name before
	 * it ("HTML 5"). Only where the one item is four or more words that all read as names
	 * (a capital, a digit or a dot in each, no small joining words): a phrase stays whole.
	 */
	static List<String> spaced(List<String> skills) {
		if (skills.size() != 1) {
			return skills;
		}
		String[] tokens = skills.get(0).strip().split("\\s+");
		if (tokens.length < 4 || !java.util.Arrays.stream(tokens).allMatch(token -> token.matches(".*[\\p{Lu}\\d.#+].*"))) {
			return skills;
		}
		List<String> names = new ArrayList<>();
		for (String token : tokens) {
			if (token.matches("\\d+(?:\\.\\d+)?") && !names.isEmpty()) {
				names.set(names.size() - 1, names.get(names.size() - 1) + " " + token);
			}
			else {
				names.add(token);
			}
		}
		return names;
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
		String strip = raw.strip();
		if (strip.isEmpty()) {
			// (a run of separators is millions of empty parts: none is worth a pattern)
			return;
		}
		String skill = FULL_STOP.matcher(JOINING_WORD.matcher(strip).replaceFirst("")).replaceFirst("");
		skill = LIST_MARK.matcher(skill).replaceFirst("").strip();
		if (!skill.isEmpty()) {
			skills.add(skill);
		}
	}

}

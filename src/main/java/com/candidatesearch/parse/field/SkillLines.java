package com.candidatesearch.parse.field;

import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.parse.layout.Line;

/**
 * What a skills section's lines are, as {@link SkillsSectionParser} reads them: a group's name,
 * a skill in a list one a line, the level printed between a name and its skills, a kind of
 * skill naming a group in plain text.
 */
final class SkillLines {

	/** How well a group's skills are known, printed between its name and its list ("Web Development", "Master", "HTML"). */
	private static final Pattern LEVEL = Pattern.compile("(?i)(?:master|expert|advanced|intermediate|beginner|basic|novice"
			+ "|proficient|competent|familiar|fluent|experienced|senior|junior)");

	/** Names of kinds of skill a resume groups its skills under. */
	private static final Pattern CATEGORY = Pattern.compile("(?i)(?:programming |spoken |human )?languages|front-?end|back-?end"
			+ "|full-?stack|dev-?ops|infrastructure|cloud(?: platforms)?|data(?:bases?| science| engineering)?|tools|tooling"
			+ "|frameworks(?: (?:&|and) libraries)?|libraries|testing|quality|architecture|machine learning|ml|ai|web|mobile"
			+ "|design|soft skills|platforms|operating systems|methodologies|methods|management|leadership|analytics"
			+ "|security|networking|version control|ci/cd|big data|visuali[sz]ation|modell?ing|statistics|systems|software"
			+ "|hardware|business|communication|other|misc(?:ellaneous)?|core|technical|technologies|research|tech stack");

	/** A host name or an e-mail address within a line. */
	private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\d]\\.\\p{L}{2,}(?:/|$)|@");

	private SkillLines() {
	}

	/** Whether the text is a level alone ("Master", "Senior"), not a skill or a group's name. */
	static boolean isLevel(String text) {
		return LEVEL.matcher(text.strip()).matches();
	}

	/** How many lines name a kind of skill over a skill. */
	static int categoryHeads(List<Line> lines) {
		int count = 0;
		for (int i = 0; i < lines.size(); i++) {
			count += headsCategory(lines, i) ? 1 : 0;
		}
		return count;
	}

	/** Whether the line, alone and short, names a kind of skill and the short line or item under it names none. */
	static boolean headsCategory(List<Line> lines, int index) {
		if (index + 1 >= lines.size() || lines.get(index).isItem()) {
			return false;
		}
		String next = lines.get(index + 1).text().strip();
		return CATEGORY.matcher(lines.get(index).text().strip()).matches() && isShortName(next)
				&& !CATEGORY.matcher(next).matches();
	}

	/**
	 * The lines that list one skill each: a run of three or more short lines, each set apart
	 * and all set alike ("Kubernetes", "AWS", "Linux" in plain text), which would otherwise
	 * read as group names each waiting for its list. Headings count where they are all of one
	 * level (skills set as small headings, one a line): a group name heads a list, so three
	 * names in a row with nothing under them are skills. The last of a run right above a list
	 * line still names that list.
	 */
	static boolean[] oneALine(List<Line> lines) {
		boolean[] listed = new boolean[lines.size()];
		int start = 0;
		while (start < lines.size()) {
			int end = start;
			while (end < lines.size() && isGroupName(lines.get(end)) && lines.get(end).kind() != Line.Kind.LABEL
					&& setAlike(lines.get(end), lines.get(start))) {
				end++;
			}
			int last = end < lines.size() && !SkillsSectionParser.GROUP.matcher(lines.get(end).text()).matches() ? end - 1 : end;
			if (last - start >= 3) {
				java.util.Arrays.fill(listed, start, last, true);
			}
			start = Math.max(end, start + 1);
		}
		return listed;
	}

	/** Whether two lines are set alike: both plain or both headings of one level, both bold or neither. */
	static boolean setAlike(Line line, Line other) {
		return line.kind() == other.kind() && line.level() == other.level() && line.bold() == other.bold();
	}

	/** A short line without list punctuation: the heading of the list below it. */
	static boolean isGroupName(Line line) {
		String text = line.text();
		return !line.isItem() && isShortName(text)
				&& (line.bold() || line.kind() == Line.Kind.LABEL || line.gapBefore() || line.isHeading());
	}

	/** A short line in bold that is no address ("github.com/jdoe" in bold over the other links). */
	static boolean isBoldName(Line line) {
		return line.bold() && isShortName(line.text()) && !ADDRESS.matcher(line.text()).find();
	}

	/** A few words without list punctuation, as a group's name is. */
	static boolean isShortName(String text) {
		return text.strip().split("\\s+").length <= 5 && !text.matches(".*[,;|•·].*");
	}

}

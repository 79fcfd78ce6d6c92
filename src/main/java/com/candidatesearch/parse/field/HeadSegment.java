package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of the line between separators: whether a bar, dash or "at" came before it
 * (not a comma or hyphen), whether a comma did, and whether it reads as a title.
 */
record HeadSegment(String text, int start, int end, boolean strongBefore, boolean comma, boolean title) {

	/** "at" and "@" part a title from its organisation, nothing else ("Shi Labs @ GaTech", "Bank at the Park"). */
	private static final Pattern AT = Pattern.compile("\\s*(?:at|@)\\s*");

	static List<HeadSegment> split(String line) {
		List<HeadSegment> segments = new ArrayList<>();
		Matcher separator = HeadParts.SEPARATOR.matcher(line);
		int from = 0;
		boolean strong = false;
		boolean comma = false;
		while (true) {
			boolean found = separator.find();
			int to = found ? separator.start() : line.length();
			String text = line.substring(from, to).strip();
			if (found && AT.matcher(separator.group()).matches() && !JobTitles.looksLikeTitle(text)) {
				continue;
			}
			if (!text.isEmpty()) {
				int start = from + line.substring(from, to).indexOf(text);
				segments.add(new HeadSegment(text, start, start + text.length(), strong, comma,
						JobTitles.looksLikeTitle(text) && text.split("\\s+").length <= 8));
			}
			if (!found) {
				return segments;
			}
			String mark = separator.group().strip();
			strong = !mark.equals(",") && !mark.equals("-");
			comma = mark.equals(",");
			from = separator.end();
		}
	}

}

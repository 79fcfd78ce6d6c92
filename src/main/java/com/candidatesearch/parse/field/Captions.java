package com.candidatesearch.parse.field;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.candidatesearch.parse.layout.Line;

/**
 * The captions a section sets over an entry's bullets ("Highlights", "Courses"), which are no
 * line of the entry's own.
 *
 * @param overBullets how often each text stands right above a bullet in the section, counted
 *        once for the section rather than for each line that may be a caption (that would read
 *        the section once a line)
 */
record Captions(Map<String, Integer> overBullets) {

	/** The words a list of an entry's bullets is captioned with. */
	private static final Pattern CAPTION = Pattern.compile("(?i)(?:key\\s+)?(?:highlights|achievements|accomplishments"
			+ "|responsibilities|duties|tasks|keywords|courses|coursework|roles)");

	static Captions of(List<Line> lines) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (lines.get(i + 1).isItem()) {
				counts.merge(captionText(lines.get(i)), 1, Integer::sum);
			}
		}
		return new Captions(counts);
	}

	/**
	 * Whether the line captions the bullets under it: a short line with no dates right above a
	 * bullet, its words repeated over other bullets in the section or a word lists are
	 * captioned with.
	 */
	boolean isCaption(List<Line> lines, int index) {
		Line line = lines.get(index);
		String text = captionText(line);
		if (line.isItem() || index + 1 >= lines.size() || !lines.get(index + 1).isItem() || text.isEmpty()
				|| text.split("\\s+").length > 2 || text.matches(".*[\\d.,;].*")) {
			return false;
		}
		// (the line itself is one of the times its text stands over a bullet)
		return CAPTION.matcher(text).matches() || this.overBullets.getOrDefault(text, 0) >= 2;
	}

	private static String captionText(Line line) {
		return line.text().strip().replaceAll("[:：]$", "");
	}

}

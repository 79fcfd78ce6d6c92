package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.layout.Line;

/**
 * Finds a page's menu among its lines: links to places on the same page ("About",
 * "Experience", "Education") one after another repeat the section headings, and the first
 * of them would otherwise pass for the candidate's name or title.
 */
final class Menus {

	/** Fewer in-page links in a row are a "back to top" or a cross reference, not a menu. */
	private static final int MIN_LINKS = 3;

	/** For each line, how many in-page links make up all of its text; 0 for a line with other text. */
	private final List<Integer> inPageLinks = new ArrayList<>();

	private int links;

	private int linkLetters;

	/** Counts a letter or digit of the line being read that is an in-page link's. */
	void letter() {
		this.linkLetters++;
	}

	/** Counts a link of the line being read when it goes to a place on the same page. */
	void linkEnded(Link link) {
		if (link.inPage() && link.letters() > 0) {
			this.links++;
		}
	}

	/** Ends the line being read, which holds this many letters and digits, or none when it was empty. */
	void lineEnded(boolean added, int letters) {
		if (added) {
			this.inPageLinks.add(letters > 0 && this.linkLetters == letters ? this.links : 0);
		}
		this.links = 0;
		this.linkLetters = 0;
	}

	/** The lines, one for each line ended with {@code added}, without their menus. */
	List<Line> without(List<Line> lines) {
		List<Line> kept = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			int end = i;
			int run = 0;
			while (end < lines.size() && this.inPageLinks.get(end) > 0) {
				run += this.inPageLinks.get(end);
				end++;
			}
			if (end == i) {
				kept.add(lines.get(i));
				i++;
				continue;
			}
			if (run < MIN_LINKS) {
				kept.addAll(lines.subList(i, end));
			}
			i = end;
		}
		return kept;
	}

}

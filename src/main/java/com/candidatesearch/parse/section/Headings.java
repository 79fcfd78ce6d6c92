package com.candidatesearch.parse.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.candidatesearch.parse.field.JobTitles;
import com.candidatesearch.parse.layout.Line;

/**
 * The lines of a resume that may be section headings: those whose words name a section (the
 * vocabulary, or a key word where the line is set as a heading), those set as the named
 * ones are but whose words nobody knows, and the look they share.
 */
final class Headings {

	/**
	 * The column heads of the CEFR self-assessment grid a Europass CV prints under its
	 * languages ("UNDERSTANDING  SPEAKING  WRITING", "Listening  Reading"): beside one
	 * another, "Writing" is a column of the grid, not the section of that name.
	 */
	private static final Set<String> LANGUAGE_GRID = Set.of("understanding", "speaking", "writing", "listening", "reading",
			"spoken interaction", "spoken production");

	private final SectionKind[] kinds;

	private final boolean[] worded;

	private final boolean[] unknown;

	private final HeadingLook look;

	private Headings(SectionKind[] kinds, boolean[] worded, boolean[] unknown, HeadingLook look) {
		this.kinds = kinds;
		this.worded = worded;
		this.unknown = unknown;
		this.look = look;
	}

	static Headings of(List<Line> lines) {
		int count = lines.size();
		SectionKind[] kinds = new SectionKind[count];
		List<Line> known = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Line line = lines.get(i);
			if (candidate(line, 6)) {
				kinds[i] = inLanguageGrid(lines, i) ? null : SectionKind.of(text(line));
				if (kinds[i] != null) {
					known.add(line);
				}
			}
		}
		// headings all in the author's own words ("$ cat experience.log") show the look by themselves
		List<Line> ownWords = new ArrayList<>();
		for (int i = 0; i < count && known.isEmpty(); i++) {
			if (worded(lines.get(i), false) != null && lines.get(i).looksLikeHeading()) {
				ownWords.add(lines.get(i));
			}
		}
		HeadingLook look = HeadingLook.dominant(known.isEmpty() ? ownWords : known);
		boolean[] unknown = new boolean[count];
		boolean[] worded = new boolean[count];
		for (int i = 0; i < count; i++) {
			Line line = lines.get(i);
			if (kinds[i] != null && look.label() && line.kind() != Line.Kind.LABEL && !line.isHeading()) {
				// where headings are a layout table's label cells, the same words in a text cell are content
				kinds[i] = null;
			}
			else if (kinds[i] == null) {
				// a line set as a heading in a resume whose known headings stand out in no way is
				// still only a plain line to them
				boolean set = look.styled() ? look.matches(line) : known.isEmpty() && line.looksLikeHeading();
				kinds[i] = worded(line, !set);
				worded[i] = kinds[i] != null;
			}
			unknown[i] = kinds[i] == null && look.matches(line) && !look.label() && (look.level() > 0 || line.gapBefore())
					&& candidate(line, 8);
		}
		return new Headings(kinds, worded, unknown, look);
	}

	private static boolean inLanguageGrid(List<Line> lines, int index) {
		if (!LANGUAGE_GRID.contains(gridKey(lines.get(index)))) {
			return false;
		}
		return index > 0 && LANGUAGE_GRID.contains(gridKey(lines.get(index - 1)))
				|| index + 1 < lines.size() && LANGUAGE_GRID.contains(gridKey(lines.get(index + 1)));
	}

	private static String gridKey(Line line) {
		return text(line).toLowerCase(java.util.Locale.ROOT);
	}

	/** The kind the line's words announce, or {@code null} when it is no heading by its words. */
	SectionKind kind(int index) {
		return this.kinds[index];
	}

	/** Whether the line's kind comes from a key word among the author's own, not from the vocabulary. */
	boolean worded(int index) {
		return this.worded[index];
	}

	/** Whether the line is set as the headings are, with words nobody knows: a section, or an entry set alike. */
	boolean unknown(int index) {
		return this.unknown[index];
	}

	HeadingLook look() {
		return this.look;
	}

	/** The heading as printed, without its closing colon. */
	static String text(Line line) {
		return line.text().replaceAll("[:：]\\s*$", "").strip();
	}

	/** Whether the line is short enough and plain enough to be a heading: no list item, no sentence. */
	private static boolean candidate(Line line, int words) {
		String text = text(line);
		return !line.isItem() && !text.isEmpty() && text.length() <= 80 && text.split("\\s+").length <= words
				&& !text.matches(".*[.,;]$");
	}

	/**
	 * The kind a key word of the line names, when the line could be a heading in the author's
	 * own words: short, without figures, and no job title ("Project Manager"); a plain line
	 * only by a word that names a section whatever its look.
	 */
	private static SectionKind worded(Line line, boolean plain) {
		String text = text(line);
		if (!candidate(line, plain ? 4 : 5) || text.matches(".*\\d.*") || JobTitles.looksLikeTitle(text)) {
			return null;
		}
		return HeadingWords.kindOf(text, plain);
	}

}

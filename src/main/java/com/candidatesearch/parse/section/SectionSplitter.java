package com.candidatesearch.parse.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.layout.Line;

/**
 * Splits a resume's lines into the header (before the first section) and its sections. A
 * heading is known by its words (the vocabulary, else a key word among the author's own) and
 * by its look: lines set as this resume sets its known headings open sections too, unless
 * the resume sets its entries that way; lines set as less than a heading stay inside their
 * section. A section under a heading nobody knows is typed by what it holds.
 */
public final class SectionSplitter {

	/** Sections made of entries with heads (a job, a degree, a paper), which a resume may set as headings. */
	static final Set<SectionKind> ENTRIES = EnumSet.complementOf(
			EnumSet.of(SectionKind.SUMMARY, SectionKind.SKILLS, SectionKind.LANGUAGES));

	private SectionSplitter() {
	}

	/**
	 * The resume split into sections.
	 *
	 * @param header the lines before the first section
	 * @param sections the sections in order
	 */
	public record Split(List<Line> header, List<Section> sections) {
	}

	public static Split split(List<Line> lines) {
		Headings headings = Headings.of(lines);
		boolean entriesAsHeadings = entriesAsHeadings(lines, headings);
		List<Line> header = new ArrayList<>();
		List<Draft> drafts = new ArrayList<>();
		Draft current = null;
		boolean captioned = false;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (current != null && BulletLabels.isLabel(lines, i, current.body)) {
				// "Highlights" over the bullets of the job above: no section, no entry of its own
				continue;
			}
			SectionKind named = headings.kind(i);
			if (named != null && current != null && !headings.look().matches(line)
					&& (EntryWords.insideEntry(current, line) || EntryWords.titleOverDates(current, lines, i))) {
				// a plain "Highlights" over a dated job's lines, or "Teaching Assistant" under a
				// job's dates: the entry's caption or title, though its words name a section
				if (named == SectionKind.SUMMARY) {
					captioned = true;
					continue;
				}
				named = null;
			}
			if (captioned && named == null && current != null && line.kind() == Line.Kind.TEXT
					&& line.text().strip().split("\\s+").length >= 5 && DateRange.find(line.text()) == null) {
				// the sentences under the caption are its bullets, up to the next entry's short head
				current.body.add(line.withKind(Line.Kind.ITEM));
				continue;
			}
			captioned = false;
			if (named != null && current != null && current.known && (current.kind != SectionKind.OTHER || current.body.isEmpty())
					&& headings.look().outranks(line)) {
				// set as less than the headings: a group inside the section ("Languages" in Skills)
				named = null;
			}
			if (named != null && current != null && current.known && named == current.kind && !headings.worded(i)
					&& headings.look().styled() && !headings.look().matches(line) && !current.body.isEmpty()) {
				// "Tools" under "TECHNICAL SKILLS", set otherwise than the headings: a group of the
				// section it would head again, not a second section of that kind
				named = null;
			}
			if (named != null && current != null && current.known && headings.worded(i)
					&& (named == current.kind || current.body.isEmpty()
							|| current.kind == SectionKind.AWARDS && EntryWords.namesOneAward(Headings.text(line)))) {
				// "Best Paper Award" under "Awards" (or "Graduate Teaching Assistant Award"), or right
				// under any known heading: an entry whose words only sound like a heading
				named = null;
			}
			if (named != null && current != null && headings.worded(i) && i + 1 < lines.size()
					&& headings.kind(i + 1) != null && !headings.worded(i + 1)) {
				// "First Class Honours" right above "Awards": a heading in the author's own words would
				// open a section with nothing in it, so it is the last line of the section above
				named = null;
			}
			if (named == null && current != null && headings.unknown(i)) {
				boolean entry = (current.known && current.body.isEmpty())
						|| (entriesAsHeadings && current.known && ENTRIES.contains(current.kind));
				named = entry || !shortHeading(line) ? null : SectionKind.OTHER;
			}
			if (named != null && named != SectionKind.SKILLS && current != null && current.known
					&& current.kind == SectionKind.SKILLS && current.body.isEmpty() && !line.isHeading()
					&& (!line.gapBefore() || namedList(lines, i + 1))) {
				// "Skills" with "Leadership" set tight under it, the other lines apart, or over a list
				// of names ("Hiring, Coaching, OKRs"): the name of the first group, whose words only
				// sound like a heading
				current.body.add(line.withKind(Line.Kind.LABEL));
				continue;
			}
			if (named != null) {
				current = new Draft(named, Headings.text(line), headings.kind(i) != null);
				drafts.add(current);
			}
			else {
				(current == null ? header : current.body).add(line);
			}
		}
		LateHeader.move(header, drafts);
		return new Split(header, SectionTyping.sections(drafts));
	}

	/** Whether the line lists three or more short names apart by commas ("Hiring, Coaching, OKRs"). */
	private static boolean namedList(List<Line> lines, int index) {
		if (index >= lines.size()) {
			return false;
		}
		String[] names = lines.get(index).text().strip().split("\\s*,\\s*");
		return names.length >= 3 && Arrays.stream(names).allMatch(name -> !name.isEmpty()
				&& name.split("\\s+").length <= 3 && !name.endsWith("."));
	}

	/** Whether a heading nobody knows is short enough to open a section: a few words, no figures. */
	private static boolean shortHeading(Line line) {
		String text = Headings.text(line);
		// (an acronym alone, "HTML" or "AWS" one a line, is a skill in capitals, not a heading)
		return text.split("\\s+").length <= 4 && !text.matches(".*\\d.*") && !text.strip().matches("\\p{Lu}{2,4}");
	}

	/**
	 * Whether this resume sets its entries as it sets its section headings: a heading nobody
	 * knows right under a known one, whose section would otherwise be empty ("Experience" over
	 * "Pied Piper", both h3). Its other such headings are then entries too, not sections.
	 */
	private static boolean entriesAsHeadings(List<Line> lines, Headings headings) {
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (headings.kind(i) != null && headings.look().matches(lines.get(i)) && headings.unknown(i + 1)) {
				return true;
			}
		}
		return false;
	}

	/** A section as it is read: its kind, heading, whether the heading's words are known, and its lines so far. */
	static final class Draft {

		final SectionKind kind;

		final String heading;

		final boolean known;

		final List<Line> body = new ArrayList<>();

		Draft(SectionKind kind, String heading, boolean known) {
			this.kind = kind;
			this.heading = heading;
			this.known = known;
		}

	}

}

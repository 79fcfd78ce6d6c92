package com.candidatesearch.parse.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.candidatesearch.parse.field.ContactDetails;
import com.candidatesearch.parse.field.ContentKind;
import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.field.JobTitles;
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
	private static final Set<SectionKind> ENTRIES = EnumSet.complementOf(
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
					&& (insideEntry(current, line) || titleOverDates(current, lines, i))) {
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
			if (named != null && current != null && current.known && headings.worded(i)
					&& (named == current.kind || current.body.isEmpty()
							|| current.kind == SectionKind.AWARDS && AWARD.matcher(Headings.text(line)).matches())) {
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
		return new Split(header, sections(drafts));
	}

	/**
	 * Whether a line with a section's words sits inside an entry of the section so far, set
	 * no differently from its lines: "Highlights" (a caption) within three lines under a
	 * dated line, or a job title ("Teaching Assistant") right under a line of dates alone.
	 */
	private static boolean insideEntry(Draft current, Line line) {
		List<Line> body = current.body;
		if (!current.known || !ENTRIES.contains(current.kind) || body.isEmpty() || line.isHeading()) {
			return false;
		}
		String text = Headings.text(line);
		if (CAPTION.matcher(text).matches()) {
			for (int i = body.size() - 1; i >= Math.max(0, body.size() - 3); i--) {
				if (DateRange.find(body.get(i).text()) != null) {
					return true;
				}
			}
			return false;
		}
		// (one word, "Volunteer", is a heading's rather than a title's)
		return DateRange.isDateOnly(body.get(body.size() - 1).text()) && text.contains(" ") && JobTitles.looksLikeTitle(text);
	}

	/**
	 * Whether a job title of some words that name a section ("Teaching Assistant") heads the
	 * next job of a work section: a line of dates alone follows within two lines.
	 */
	private static boolean titleOverDates(Draft current, List<Line> lines, int index) {
		String text = Headings.text(lines.get(index));
		if (current.kind != SectionKind.WORK || !current.known || !text.contains(" ") || !JobTitles.looksLikeTitle(text)) {
			return false;
		}
		for (int i = index + 1; i < Math.min(lines.size(), index + 3); i++) {
			if (DateRange.isDateOnly(lines.get(i).text())) {
				return true;
			}
		}
		return false;
	}

	/** The name of one award, not a heading over several: it ends in "Award", "Prize", "Fellowship". */
	private static final Pattern AWARD = Pattern
		.compile("(?i).*\\b(award|prize|medal|fellowship|scholarship|grant|distinction)$");

	/** A caption over an entry's bullets whose words also name a summary section. */
	private static final Pattern CAPTION = Pattern.compile("(?i)(key |career )?highlights");

	/**
	 * Where a run of four or more short names closes a block of contact details ("Frontend",
	 * "React", "Figma" one a line under the e-mail address and links), or the block's size: the
	 * names hold no address, figure or punctuation, and a contact line comes before them.
	 */
	private static int namesAfterContacts(List<Line> body) {
		int start = body.size();
		while (start > 0 && shortName(body.get(start - 1))) {
			start--;
		}
		boolean contacts = body.subList(0, start).stream().anyMatch(line -> ContactDetails.isContactLine(line.text()));
		return contacts && body.size() - start >= 4 ? start : body.size();
	}

	private static boolean shortName(Line line) {
		String text = line.text().strip();
		// (a dot before letters is an address's, "ydooley.design", but for a library's "Node.js")
		// (a figure ending a name, "MP4", "HTML5", but no run of them, a phone's, a postcode's or a
		// year, and none inside a word, an id's "Xq3pLmAAAAAJ")
		return !line.isItem() && !text.isEmpty() && text.split("\\s+").length <= 3 && !text.matches(".*[@/:,;|()].*")
				&& !text.matches(".*\\d{2,}.*") && !text.matches(".*\\p{L}\\d+\\p{L}.*") && text.matches(".*\\p{L}.*")
				&& !text.matches(".*\\.(?!js\\b|NET\\b)\\p{L}{2,}.*");
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
		return text.split("\\s+").length <= 4 && !text.matches(".*\\d.*");
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

	/**
	 * The drafts as sections, each typed by what it holds where its heading does not say: a
	 * heading nobody knows over jobs, degrees or citations, and a "Languages" group of
	 * programming languages right after the skills, which belongs to them.
	 */
	private static List<Section> sections(List<Draft> drafts) {
		List<Section> sections = new ArrayList<>();
		for (Draft draft : drafts) {
			SectionKind kind = draft.kind;
			Section previous = sections.isEmpty() ? null : sections.get(sections.size() - 1);
			if (kind == SectionKind.LANGUAGES && previous != null && previous.kind() == SectionKind.SKILLS
					&& !draft.body.isEmpty() && !ContentKind.namesSpokenLanguages(draft.body)) {
				List<Line> merged = new ArrayList<>(previous.lines());
				merged.add(Line.text(draft.heading).withKind(Line.Kind.LABEL));
				merged.addAll(draft.body);
				sections.set(sections.size() - 1, new Section(SectionKind.SKILLS, previous.heading(), merged));
				continue;
			}
			List<Line> body = draft.body;
			if (kind == SectionKind.SUMMARY && body.stream().anyMatch(line -> ContactDetails.isContactLine(line.text()))
					&& body.stream().noneMatch(line -> ContentKind.prose(List.of(line)))) {
				// "About" over a place, an e-mail address and links, and no prose: contact details, no summary
				kind = SectionKind.OTHER;
				int names = namesAfterContacts(body);
				if (names < body.size()) {
					// and the sidebar's skills under them, their own heading lost with its styles
					sections.add(new Section(kind, draft.heading, body.subList(0, names)));
					kind = SectionKind.SKILLS;
					body = body.subList(names, body.size());
				}
			}
			else if (kind == SectionKind.OTHER && sections.isEmpty() && ContentKind.prose(body)) {
				// prose under the first heading, under a heading that names no other section: the summary
				kind = SectionKind.SUMMARY;
			}
			if (kind == SectionKind.OTHER) {
				kind = ContentKind.of(body, draft.known);
				if (kind == SectionKind.SKILLS) {
					// "Machine Learning" over "PyTorch", "JAX": the heading names the group
					body = new ArrayList<>(List.of(Line.text(draft.heading).withKind(Line.Kind.LABEL)));
					body.addAll(draft.body);
				}
			}
			if ((kind == SectionKind.AWARDS || kind == SectionKind.CERTIFICATES) && BOTH_KINDS.matcher(draft.heading).find()
					&& !body.isEmpty() && body.stream().allMatch(Line::isItem)) {
				// "Awards & Certifications" over one item each: each item goes where its words say
				List<Line> certificates = body.stream().filter(line -> CERTIFICATE.matcher(line.text()).find()).toList();
				List<Line> awards = body.stream().filter(line -> !CERTIFICATE.matcher(line.text()).find()).toList();
				if (!awards.isEmpty()) {
					sections.add(new Section(SectionKind.AWARDS, draft.heading, awards));
				}
				if (!certificates.isEmpty()) {
					sections.add(new Section(SectionKind.CERTIFICATES, draft.heading, certificates));
				}
				continue;
			}
			sections.add(new Section(kind, draft.heading, body));
		}
		return sections;
	}

	/** A heading over awards and certificates both: "Awards & Certifications", "Certificates and Honors". */
	private static final Pattern BOTH_KINDS = Pattern
		.compile("(?i)(?=.*\\b(?:awards?|honou?rs?|achievements?|prizes?)\\b)(?=.*\\bcertif)");

	/** An item that names a certificate: "Google Analytics Certified Developer", "AWS Certification". */
	private static final Pattern CERTIFICATE = Pattern.compile("(?i)\\bcertifi(?:ed|cates?|cations?)\\b");

	/** A section as it is read: its kind, heading, whether the heading's words are known, and its lines so far. */
	private static final class Draft {

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

package com.candidatesearch.parse.section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.parse.field.ContactDetails;
import com.candidatesearch.parse.field.ContentKind;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.section.SectionSplitter.Draft;

/**
 * The second pass of {@link SectionSplitter}: the drafts it cut at the headings, typed as
 * sections by what they hold where the heading does not say, and parted or merged where the
 * heading and the content disagree (contact details over a sidebar's skills, a "Languages"
 * group of programming languages, awards and certifications under one heading).
 */
final class SectionTyping {

	/** A heading over awards and certificates both: "Awards & Certifications", "Certificates and Honors". */
	private static final Pattern BOTH_KINDS = Pattern
		.compile("(?i)(?=.*\\b(?:awards?|honou?rs?|achievements?|prizes?)\\b)(?=.*\\bcertif)");

	/** An item that names a certificate: "Google Analytics Certified Developer", "AWS Certification". */
	private static final Pattern CERTIFICATE = Pattern.compile("(?i)\\bcertifi(?:ed|cates?|cations?)\\b");

	private SectionTyping() {
	}

	/**
	 * The drafts as sections, each typed by what it holds where its heading does not say: a
	 * heading nobody knows over jobs, degrees or citations, and a "Languages" group of
	 * programming languages right after the skills, which belongs to them.
	 */
	static List<Section> sections(List<Draft> drafts) {
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

}

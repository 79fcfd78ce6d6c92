package com.candidatesearch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.candidatesearch.parse.ParsedResume;

/**
 * A resume as a person lays it out, before any file format: a name, contact lines, then titled
 * sections of entries, plain lines and bullets. Every format writer prints the same document,
 * so the formats differ in markup and layout only, never in what the gold says.
 *
 * @param name the candidate's name, printed first
 * @param contact the lines under the name
 * @param sections the titled sections, in reading order
 * @param bullet the glyph that opens a bullet where the format draws it as text
 */
record ResumeDocument(String name, List<String> contact, List<Section> sections, String bullet) {

	/**
	 * A titled part of the resume.
	 * @param heading as printed
	 * @param blocks its content
	 * @param side whether a two-column layout puts it in the narrow column
	 */
	record Section(String heading, List<Block> blocks, boolean side) {
	}

	/** One printed line of a section: an entry's first line, an ordinary line, or a bullet. */
	record Block(Kind kind, String text) {

		enum Kind {

			ENTRY, LINE, BULLET

		}

	}

	/** Lays a resume out in a style drawn from {@code random}. */
	static ResumeDocument of(ParsedResume resume, Random random) {
		ResumeStyle style = ResumeStyle.draw(random);
		var basics = resume.basics();
		List<Section> sections = new ArrayList<>();
		if (basics.summary() != null) {
			sections.add(section(style, "Summary", false, List.of(line(basics.summary()))));
		}
		Section work = section(style, "Experience", false, EntryBlocks.work(resume.work(), style));
		Section education = section(style, "Education", false, EntryBlocks.education(resume.education(), style));
		sections.addAll(style.educationFirst() ? List.of(education, work) : List.of(work, education));
		sections.add(section(style, "Skills", true, resume.skills()
			.stream()
			.map(group -> line(group.name().equals("Skills") ? String.join(", ", group.keywords())
					: group.name() + ": " + String.join(", ", group.keywords())))
			.toList()));
		List<Section> main = new ArrayList<>();
		optional(main, style, "Publications", false, resume.publications()
			.stream()
			.map(paper -> new Block(Block.Kind.BULLET,
					String.join(", ", paper.authors()) + ". " + paper.name() + ". " + paper.publisher() + "."))
			.toList());
		List<Block> projects = new ArrayList<>();
		resume.projects().forEach(project -> {
			projects.add(new Block(Block.Kind.ENTRY, project.name()));
			projects.add(line(project.description()));
		});
		optional(main, style, "Projects", false, projects);
		optional(main, style, "Teaching", false, EntryBlocks.teaching(resume.teaching(), style, random));
		Collections.shuffle(main, random);
		sections.addAll(main);
		List<Section> side = new ArrayList<>();
		optional(side, style, "Awards", true, resume.awards()
			.stream()
			.map(award -> line(join(", ", award.title(), award.awarder(), award.date())))
			.toList());
		optional(side, style, "Certifications", true, resume.certificates()
			.stream()
			.map(cert -> line(join(", ", cert.name(), cert.issuer(), cert.date())))
			.toList());
		optional(side, style, "Languages", true, resume.languages()
			.stream()
			.map(language -> line(language.language() + " (" + language.fluency() + ")"))
			.toList());
		Collections.shuffle(side, random);
		sections.addAll(side);
		return new ResumeDocument(basics.name(), contact(basics, style), sections, style.bullet());
	}

	private static List<String> contact(ParsedResume.Basics basics, ResumeStyle style) {
		List<String> contact = new ArrayList<>();
		if (basics.label() != null) {
			contact.add(basics.label());
		}
		String city = basics.location() == null ? null
				: basics.location().city() + ", " + basics.location().region();
		if (style.contactPerLine()) {
			for (String detail : new String[] { basics.email(), basics.phone(), city }) {
				if (detail != null) {
					contact.add(detail);
				}
			}
		}
		else {
			contact.add(join(style.contactSeparator().equals(", ") ? " | " : style.contactSeparator(), basics.email(),
					basics.phone(), city));
		}
		basics.profiles()
			.forEach(profile -> contact.add(style.contactPerLine() ? profile.url() : profile.network() + ": " + profile.url()));
		return contact;
	}

	private static void optional(List<Section> sections, ResumeStyle style, String heading, boolean side,
			List<Block> blocks) {
		if (!blocks.isEmpty()) {
			sections.add(section(style, heading, side, blocks));
		}
	}

	private static Section section(ResumeStyle style, String heading, boolean side, List<Block> blocks) {
		return new Section(style.heading(heading), blocks, side);
	}

	static Block line(String text) {
		return new Block(Block.Kind.LINE, text);
	}

	static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null) {
				present.add(part);
			}
		}
		return String.join(separator, present);
	}

}

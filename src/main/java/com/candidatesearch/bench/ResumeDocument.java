package com.candidatesearch.bench;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 */
record ResumeDocument(String name, List<String> contact, List<Section> sections) {

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

	/** Lays a resume out with variations (heading case, date style, entry order) drawn from {@code random}. */
	static ResumeDocument of(ParsedResume resume, Random random) {
		boolean upper = random.nextBoolean();
		boolean longMonths = random.nextBoolean();
		boolean titleFirst = random.nextBoolean();
		var basics = resume.basics();
		List<String> contact = new ArrayList<>();
		if (basics.label() != null) {
			contact.add(basics.label());
		}
		String city = basics.location() == null ? null
				: basics.location().city() + ", " + basics.location().region();
		contact.add(join(" | ", basics.email(), basics.phone(), city));
		basics.profiles().forEach(profile -> contact.add(profile.network() + ": " + profile.url()));
		List<Section> sections = new ArrayList<>();
		if (basics.summary() != null) {
			sections.add(section("Summary", upper, false, line(basics.summary())));
		}
		List<Block> work = new ArrayList<>();
		for (var job : resume.work()) {
			work.add(new Block(Block.Kind.ENTRY, titleFirst ? job.position() + ", " + job.name()
					: job.name() + " - " + job.position()));
			work.add(line(span(job.startDate(), job.endDate(), longMonths) + " | " + job.location()));
			job.highlights().forEach(highlight -> work.add(new Block(Block.Kind.BULLET, highlight)));
		}
		sections.add(new Section(heading("Experience", upper), work, false));
		List<Block> education = new ArrayList<>();
		for (var degree : resume.education()) {
			education.add(new Block(Block.Kind.ENTRY, degree.studyType() + " in " + degree.area()));
			education.add(line(degree.institution() + ", " + degree.startDate() + " - " + degree.endDate()));
			if (degree.score() != null) {
				education.add(line(degree.score()));
			}
			if (!degree.courses().isEmpty()) {
				education.add(line("Courses: " + String.join(", ", degree.courses())));
			}
		}
		sections.add(new Section(heading("Education", upper), education, false));
		sections.add(new Section(heading(resume.skills().size() == 1 ? "Skills" : "Technical Skills", upper),
				resume.skills()
					.stream()
					.map(group -> line(group.name().equals("Skills") ? String.join(", ", group.keywords())
							: group.name() + ": " + String.join(", ", group.keywords())))
					.toList(),
				true));
		optional(sections, "Publications", upper, false, resume.publications()
			.stream()
			.map(paper -> new Block(Block.Kind.BULLET,
					String.join(", ", paper.authors()) + ". " + paper.name() + ". " + paper.publisher() + "."))
			.toList());
		List<Block> projects = new ArrayList<>();
		resume.projects().forEach(project -> {
			projects.add(new Block(Block.Kind.ENTRY, project.name()));
			projects.add(line(project.description()));
		});
		optional(sections, "Projects", upper, false, projects);
		List<Block> teaching = new ArrayList<>();
		resume.teaching().forEach(role -> {
			teaching.add(new Block(Block.Kind.ENTRY, role.name()));
			teaching.add(line(role.institution() + ", " + role.term()));
		});
		optional(sections, "Teaching", upper, false, teaching);
		optional(sections, "Awards", upper, true, resume.awards()
			.stream()
			.map(award -> line(join(", ", award.title(), award.awarder(), award.date())))
			.toList());
		optional(sections, "Certifications", upper, true, resume.certificates()
			.stream()
			.map(cert -> line(join(", ", cert.name(), cert.issuer(), cert.date())))
			.toList());
		optional(sections, "Languages", upper, true, resume.languages()
			.stream()
			.map(language -> line(language.language() + " (" + language.fluency() + ")"))
			.toList());
		return new ResumeDocument(basics.name(), contact, sections);
	}

	private static void optional(List<Section> sections, String heading, boolean upper, boolean side,
			List<Block> blocks) {
		if (!blocks.isEmpty()) {
			sections.add(new Section(heading(heading, upper), blocks, side));
		}
	}

	private static Section section(String heading, boolean upper, boolean side, Block... blocks) {
		return new Section(heading(heading, upper), List.of(blocks), side);
	}

	private static Block line(String text) {
		return new Block(Block.Kind.LINE, text);
	}

	private static String heading(String heading, boolean upper) {
		return upper ? heading.toUpperCase(Locale.ROOT) : heading;
	}

	/** "Mar 2019 - Present" or "March 2019 - June 2021" for gold dates {@code 2019-03}, none and {@code 2021-06}. */
	static String span(String start, String end, boolean longMonths) {
		return month(start, longMonths) + " - " + (end == null ? "Present" : month(end, longMonths));
	}

	private static String month(String date, boolean longMonths) {
		Month month = Month.of(Integer.parseInt(date.substring(5, 7)));
		return month.getDisplayName(longMonths ? TextStyle.FULL : TextStyle.SHORT, Locale.US) + " "
				+ date.substring(0, 4);
	}

	private static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null) {
				present.add(part);
			}
		}
		return String.join(separator, present);
	}

}

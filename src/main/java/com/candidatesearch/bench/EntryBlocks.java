package com.candidatesearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.candidatesearch.bench.ResumeDocument.Block;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Teaching;
import com.candidatesearch.parse.ParsedResume.Work;

/**
 * The printed lines of the dated entries (jobs, degrees, courses taught), in the arrangement
 * a {@link ResumeStyle} chose: which part leads, what shares a line, where the dates go.
 */
final class EntryBlocks {

	/** How people name their part in a course; the contract keeps the course only. */
	private static final List<String> TEACHING_ROLES = List.of("Teaching Assistant", "Instructor", "Lecturer",
			"Teaching Fellow", "Grader", "Head Teaching Assistant");

	private EntryBlocks() {
	}

	static List<Block> work(List<Work> jobs, ResumeStyle style) {
		List<Block> blocks = new ArrayList<>();
		String separator = style.contactSeparator().equals(", ") ? " | " : style.contactSeparator();
		for (Work job : jobs) {
			switch (style.workHead()) {
				case 0 -> blocks.add(entry(job.position() + ", " + job.name()));
				case 1 -> blocks.add(entry(job.name() + (style.upperCase() ? " | " : " - ") + job.position()));
				case 2 -> blocks.add(entry(job.position() + " at " + job.name()));
				default -> {
					blocks.add(entry(job.name()));
					blocks.add(ResumeDocument.line(job.position()));
				}
			}
			String dates = style.span(job.startDate(), job.endDate());
			blocks.add(ResumeDocument.line(style.placeFirst() ? job.location() + separator + dates
					: dates + separator + job.location()));
			job.highlights().forEach(highlight -> blocks.add(new Block(Block.Kind.BULLET, highlight)));
		}
		return blocks;
	}

	static List<Block> education(List<Education> degrees, ResumeStyle style) {
		List<Block> blocks = new ArrayList<>();
		for (Education degree : degrees) {
			String studied = degree.studyType() + " in " + degree.area();
			String dates = style.span(degree.startDate(), degree.endDate());
			switch (style.educationLayout()) {
				case 0 -> {
					blocks.add(entry(studied));
					blocks.add(ResumeDocument.line(degree.institution() + ", " + dates));
				}
				case 1 -> {
					blocks.add(entry(degree.institution()));
					blocks.add(ResumeDocument.line(studied + ", " + dates));
				}
				default -> blocks.add(entry(studied + ", " + degree.institution() + ", " + dates));
			}
			if (degree.score() != null) {
				blocks.add(ResumeDocument.line((style.colon() ? "GPA: " : "GPA ") + degree.score()));
			}
			if (!degree.courses().isEmpty()) {
				blocks.add(ResumeDocument.line((style.upperCase() ? "Relevant coursework: " : "Courses: ")
						+ String.join(", ", degree.courses())));
			}
		}
		return blocks;
	}

	static List<Block> teaching(List<Teaching> courses, ResumeStyle style, Random random) {
		List<Block> blocks = new ArrayList<>();
		for (Teaching course : courses) {
			String role = TEACHING_ROLES.get(random.nextInt(TEACHING_ROLES.size()));
			switch (style.teachingLayout()) {
				case 0 -> {
					blocks.add(entry(role + ", " + course.name()));
					blocks.add(ResumeDocument.line(course.institution() + ", " + course.term()));
				}
				case 1 -> blocks
					.add(entry(course.name() + " (" + role + "), " + course.institution() + ", " + course.term()));
				default -> {
					blocks.add(entry(role + " for " + course.name()));
					blocks.add(ResumeDocument.line(course.institution() + " | " + course.term()));
				}
			}
			course.highlights().forEach(highlight -> blocks.add(new Block(Block.Kind.BULLET, highlight)));
		}
		return blocks;
	}

	private static Block entry(String text) {
		return new Block(Block.Kind.ENTRY, text);
	}

}

package com.candidatesearch.parse.section;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.field.HeaderReader;
import com.candidatesearch.parse.layout.Line;

/**
 * Splits a resume's lines into the header (before the first section) and its sections, by
 * heading vocabulary first and by heading shape for headings outside it.
 */
public final class SectionSplitter {

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
		HeadingShape shape = HeadingShape.of(lines);
		List<Line> header = new ArrayList<>();
		List<Section> sections = new ArrayList<>();
		SectionKind kind = null;
		String heading = null;
		List<Line> body = header;
		for (Line line : lines) {
			SectionKind found = headingKind(line, shape, kind != null);
			if (found != null) {
				if (kind != null) {
					sections.add(new Section(kind, heading, body));
				}
				kind = found;
				heading = line.text().replaceAll("[:：]\\s*$", "");
				body = new ArrayList<>();
				continue;
			}
			body.add(line);
		}
		if (kind != null) {
			sections.add(new Section(kind, heading, body));
		}
		return new Split(header, sections);
	}

	private static SectionKind headingKind(Line line, HeadingShape shape, boolean started) {
		String text = line.text().replaceAll("[:：]\\s*$", "");
		if (line.isItem() || text.split("\\s+").length > 6) {
			return null;
		}
		SectionKind kind = SectionKind.of(text);
		// a table layout that sets its headings in capitals does not set one in lower case: a
		// "Languages" label cell inside its skills is a group, not a section
		boolean shaped = !shape.upperCase() || line.isUpperCase() || line.kind() != Line.Kind.LABEL;
		if (kind != null && shaped && (!shape.label() || line.kind() == Line.Kind.LABEL || line.isHeading())) {
			return kind;
		}
		// a name in capitals at the top ("JOÃO PEDRO SILVA") is set like the headings but opens none
		boolean name = !started && HeaderReader.isPersonName(text);
		return shape.matches(line) && !name && !text.matches(".*\\d.*") && text.split("\\s+").length <= 4
				? SectionKind.OTHER : null;
	}

	/**
	 * How this resume sets its known section headings (level, capitals, label cells), so a
	 * heading outside the vocabulary set the same way is still seen as one.
	 */
	private record HeadingShape(int level, boolean upperCase, boolean label, boolean known) {

		static HeadingShape of(List<Line> lines) {
			for (Line line : lines) {
				if (SectionKind.of(line.text().replaceAll("[:：]\\s*$", "")) != null && !line.isItem()) {
					return new HeadingShape(line.level(), line.isUpperCase(), line.kind() == Line.Kind.LABEL, true);
				}
			}
			return new HeadingShape(0, false, false, false);
		}

		boolean matches(Line line) {
			if (!this.known) {
				return false;
			}
			if (this.level > 0) {
				return line.isHeading() && line.level() == this.level && (!this.upperCase || line.isUpperCase());
			}
			if (this.label) {
				return false;
			}
			return this.upperCase && line.isUpperCase() && line.looksLikeHeading() && line.text().length() > 3
					&& line.gapBefore();
		}

	}

}

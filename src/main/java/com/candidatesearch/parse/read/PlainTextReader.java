package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.layout.Bullets;
import com.candidatesearch.parse.layout.Glyphs;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.section.SectionKind;

/**
 * Reads a plain-text resume by the shape of its lines: blank lines, bullets, indented
 * continuations, tab-separated rows ("Education → entry → dates") and the inline markup
 * people paste into text files.
 */
public final class PlainTextReader {

	/** A tag holds no "<": else a run of "<p" would be read from each one to the end of the line. */
	private static final Pattern LIST_TAG = Pattern.compile("<(?:ul|ol)\\b[^<>]*>|</(?:ul|ol)>|</?li\\b[^<>]*>|<br\\s*/?>|</?p\\b[^<>]*>",
			Pattern.CASE_INSENSITIVE);

	/** A dash or bullet that opens the next item of a list run together on one line. */
	private static final Pattern RUN_ON_ITEM = Pattern.compile("(?:^|(?<=\\S))\\s*[\u2013\u2022\u00b7]\\s+");

	/** "Teaching **Assistant for …**": a section label followed by emphasised content. */
	private static final Pattern LABELLED = Pattern.compile("^([\\p{L}][\\p{L} &/-]{2,40}?)\\s+(?=\\*|<[bi]>|<strong>|<em>)");

	/** "-------" or "=======" under a line: the plain-text (and setext) way of setting a heading. */
	private static final Pattern RULE = Pattern.compile("^\\s*([-=_~*])\\1{2,}\\s*$");

	/** "SKILLS ----------" or "=== Skills ===": a heading that carries its rule on its own line. */
	private static final Pattern RULED_HEADING = Pattern
		.compile("^\\s*+(?:([-=_~*#])\\1{2,}+\\s++)?+(\\p{L}(?:[^-=_~*#\\s]|\\s++(?=[^-=_~*#\\s])){0,60}+)\\s++([-=_~*#])\\3{2,}+\\s*+$");

	/** A rule this much longer than the line above it parts the page; it underlines no heading. */
	private static final int RULE_OVERHANG = 2;

	/** Three spaces or more inside a line part its columns, as a tab does. */
	private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {3,}+(?=\\S)");

	private PlainTextReader() {
	}

	static List<Line> read(String text) {
		List<Line> lines = new ArrayList<>();
		boolean gap = true;
		for (String line : text.split("\\r?\\n|\\r")) {
			if (line.isBlank()) {
				gap = true;
				continue;
			}
			String raw = Glyphs.joinSpacedLetters(line);
			Matcher rule = RULE.matcher(raw);
			if (rule.matches()) {
				underline(lines, gap, rule.group(1).equals("=") ? 1 : 2, raw.strip().length());
				gap = true;
				continue;
			}
			Matcher ruled = RULED_HEADING.matcher(raw);
			if (ruled.matches() && ruled.group(2).strip().split("\\s+").length <= 6) {
				lines.add(new Line(InlineMarkup.strip(ruled.group(2)).text(), Line.Kind.HEADING,
						ruled.group(3).equals("=") ? 1 : 2, false, List.of(), 0, true));
				gap = true;
				continue;
			}
			if (continuesItem(raw, lines, gap)) {
				Line last = lines.remove(lines.size() - 1);
				Line tail = InlineMarkup.strip(raw);
				lines.add(join(last, tail));
				continue;
			}
			readRow(raw, gap, lines);
			gap = false;
		}
		return lines;
	}

	/** The line right above a rule becomes a heading when it is short enough to be one. */
	private static void underline(List<Line> lines, boolean gap, int level, int width) {
		if (gap || lines.isEmpty()) {
			return;
		}
		Line last = lines.get(lines.size() - 1);
		if (last.kind() == Line.Kind.TEXT && last.text().split("\\s+").length <= 6
				&& width <= RULE_OVERHANG * last.text().length() + 2) {
			lines.set(lines.size() - 1, new Line(last.text(), Line.Kind.HEADING, level, last.bold(), last.emphasis(),
					last.size(), last.gapBefore()));
		}
	}

	private static boolean continuesItem(String raw, List<Line> lines, boolean gap) {
		if (lines.isEmpty() || Bullets.strip(raw) != null || raw.indexOf('\t') >= 0) {
			return false;
		}
		boolean indented = Character.isWhitespace(raw.charAt(0));
		Line last = lines.get(lines.size() - 1);
		if (!last.isItem()) {
			// a hanging indent: a citation or a head wrapped at 72 columns goes on indented by
			// two spaces or more (one leading space is noise of a copy)
			return raw.startsWith("  ") && !gap && last.kind() == Line.Kind.TEXT && !last.isUpperCase();
		}
		// "and more" goes on a wrapped item, "iOS Developer, Acme" or "eBay" opens a line of its own
		boolean lowerStart = raw.strip().split("\\s+")[0].matches("\\p{Ll}+\\p{P}*");
		return (indented && !gap) || (indented && lowerStart) || (!gap && lowerStart);
	}

	private static Line join(Line head, Line tail) {
		List<String> emphasis = new ArrayList<>(head.emphasis());
		emphasis.addAll(tail.emphasis());
		return new Line(head.text() + " " + tail.text(), head.kind(), head.level(), head.bold() && tail.bold(), emphasis,
				head.size(), head.gapBefore());
	}

	private static void readRow(String raw, boolean gap, List<Line> lines) {
		String[] cells = raw.split("\t");
		if (cells.length == 1) {
			// "EXPERIENCE     Senior Engineer, Acme": a section's name in a column of its own
			String[] columns = COLUMN_GAP.split(raw.strip(), 2);
			if (columns.length == 2 && SectionKind.of(columns[0].replaceAll("[:：]$", "")) != null) {
				cells = columns;
			}
		}
		boolean firstCell = true;
		boolean rowGap = gap;
		for (String cell : cells) {
			if (cell.isBlank()) {
				firstCell = false;
				continue;
			}
			if (firstCell && cells.length > 1 && cell.strip().split("\\s+").length <= 4) {
				lines.add(new Line(InlineMarkup.strip(cell).text(), Line.Kind.LABEL, 0, false, List.of(), 0, true));
			}
			else {
				readCell(cell, rowGap, lines);
			}
			rowGap = false;
			firstCell = false;
		}
	}

	private static void readCell(String cell, boolean gap, List<Line> lines) {
		Matcher labelled = LABELLED.matcher(cell);
		if (labelled.find() && SectionKind.of(labelled.group(1)) != null) {
			lines.add(new Line(labelled.group(1).strip(), Line.Kind.LABEL, 0, false, List.of(), 0, true));
			cell = cell.substring(labelled.end());
			gap = true;
		}
		Matcher tags = LIST_TAG.matcher(cell);
		int from = 0;
		boolean inList = false;
		while (tags.find()) {
			addSegment(cell.substring(from, tags.start()), inList, gap, lines);
			gap = false;
			String tag = tags.group().toLowerCase();
			if (tag.startsWith("<ul") || tag.startsWith("<ol")) {
				inList = true;
			}
			else if (tag.startsWith("</ul") || tag.startsWith("</ol")) {
				inList = false;
			}
			from = tags.end();
		}
		addSegment(cell.substring(from), inList, gap, lines);
	}

	private static void addSegment(String segment, boolean inList, boolean gap, List<Line> lines) {
		if (segment.isBlank()) {
			return;
		}
		if (!inList) {
			Line line = Bullets.mark(InlineMarkup.strip(segment));
			lines.add(withGap(line, gap));
			return;
		}
		for (String item : RUN_ON_ITEM.split(segment)) {
			if (!item.isBlank()) {
				lines.add(withGap(InlineMarkup.strip(item).withKind(Line.Kind.ITEM), gap));
				gap = false;
			}
		}
	}

	private static Line withGap(Line line, boolean gap) {
		return new Line(line.text(), line.kind(), line.level(), line.bold(), line.emphasis(), line.size(), gap);
	}

}

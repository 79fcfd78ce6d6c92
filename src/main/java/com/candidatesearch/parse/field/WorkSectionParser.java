package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Work;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads an experience section into positions: employer, title, location, dates, a summary
 * line and the bullets as highlights.
 */
public final class WorkSectionParser {

	/** "… Intern Project: TensorFlow …": a labelled detail that follows the head. */
	private static final Pattern DETAIL = Pattern.compile("\\s(?=\\p{Lu}\\p{Ll}+:\\s)");

	private WorkSectionParser() {
	}

	/**
	 * The line's text with a run set apart in italics or bold at its end parted off by a dot
	 * ("Acme Corp *Remote*", "Other Corp *Seattle, WA*"): the look says where the name ends.
	 */
	static String trailingEmphasis(Line line) {
		String text = line.text().strip();
		if (line.emphasis().isEmpty() || line.bold()) {
			return line.text();
		}
		String run = line.emphasis().get(line.emphasis().size() - 1).strip();
		if (run.isEmpty() || run.length() >= text.length() || !text.endsWith(run) || run.startsWith("(")) {
			return line.text();
		}
		String before = text.substring(0, text.length() - run.length()).strip();
		return before.matches(".*[\\p{L}\\p{N}.)]") ? before + " · " + run : line.text();
	}

	public static List<Work> parse(List<Line> lines) {
		List<Work> positions = new ArrayList<>();
		Line employerLine = null;
		PositionHead employerHead = null;
		for (Entry entry : Entry.group(lines)) {
			DateRange dates = entry.dates();
			List<String> heads = new ArrayList<>();
			for (Line line : entry.head) {
				String text = trailingEmphasis(line);
				DateRange found = DateRange.find(text);
				if (found != null && found.equals(dates)) {
					text = found.removeFrom(text);
				}
				if (!text.isBlank()) {
					heads.add(text);
				}
			}
			if (heads.isEmpty()) {
				continue;
			}
			List<String> summary = new ArrayList<>();
			String main = heads.get(0);
			String[] detail = DETAIL.split(main, 2);
			if (detail.length == 2 && !detail[0].isBlank()) {
				main = detail[0];
				summary.add(detail[1]);
			}
			heads.set(0, main);
			PositionHead head = PositionHead.read(heads, summary);
			Line first = entry.head.get(0);
			if (head.employer() == null && head.position() != null && employerHead != null && employerHead.employer() != null
					&& employerLine.isHeading() && (!first.isHeading() || first.level() > employerLine.level())) {
				// a second role set below the employer heading of the role above it: the same employer
				head = new PositionHead(employerHead.employer(), head.position(),
						head.location() != null ? head.location() : employerHead.location());
			}
			else {
				employerLine = first;
				employerHead = head;
			}
			summary.addAll(entry.body);
			positions.add(new Work(head.employer(), head.position(), head.location(), dates == null ? null : dates.start(),
					dates == null ? null : dates.end(), summary.isEmpty() ? null : String.join(" ", summary),
					entry.items));
		}
		return positions;
	}

}

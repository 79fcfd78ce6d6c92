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

	public static List<Work> parse(List<Line> lines) {
		List<Work> positions = new ArrayList<>();
		for (Entry entry : Entry.group(lines)) {
			DateRange dates = entry.dates();
			List<String> heads = new ArrayList<>();
			for (Line line : entry.head) {
				String text = line.text();
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
			summary.addAll(entry.body);
			positions.add(new Work(head.employer(), head.position(), head.location(), dates == null ? null : dates.start(),
					dates == null ? null : dates.end(), summary.isEmpty() ? null : String.join(" ", summary),
					entry.items));
		}
		return positions;
	}

}

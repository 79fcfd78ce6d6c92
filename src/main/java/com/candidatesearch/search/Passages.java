package com.candidatesearch.search;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the unified highlighter's passages of one field the way {@link Highlight} reads
 * them: matches between {@link Highlight#START} and {@link Highlight#END}, passages apart by a
 * private-use separator, values of a many-valued field apart by a comma, the lines of a passage
 * apart by a middle dot.
 */
final class Passages extends PassageFormatter {

	private static final char PASSAGE_SEPARATOR = '\uE002';

	/** What the highlighter puts between the values of a many-valued field (U+0000 in Lucene 9). */
	private static final Pattern VALUE_SEPARATOR = Pattern.compile("\\s*[\\x{0}\\x{2029}]\\s*");

	private static final Pattern ENDS = Pattern.compile("^[\\s\\x{0}\\x{2029}]+|[\\s\\x{0}\\x{2029}]+$");

	private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

	@Override
	public Object format(Passage[] passages, String content) {
		StringBuilder text = new StringBuilder();
		for (Passage passage : passages) {
			if (!text.isEmpty()) {
				text.append(PASSAGE_SEPARATOR);
			}
			String trimmed = ENDS.matcher(marked(passage, content)).replaceAll("");
			String values = VALUE_SEPARATOR.matcher(trimmed).replaceAll(", ");
			text.append(LINE_BREAK.matcher(values).replaceAll(" · "));
		}
		return text.toString();
	}

	private static String marked(Passage passage, String content) {
		StringBuilder text = new StringBuilder();
		int at = passage.getStartOffset();
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int start = Math.max(at, passage.getMatchStarts()[i]);
			int end = passage.getMatchEnds()[i];
			if (end <= at) {
				continue;
			}
			text.append(content, at, start).append(Highlight.START).append(content, start, end).append(Highlight.END);
			at = end;
		}
		return text.append(content, at, Math.max(at, passage.getEndOffset())).toString();
	}

	/** The passages of one field of one hit, none when it did not match. */
	static List<String> split(String formatted) {
		if (formatted == null || formatted.isBlank()) {
			return List.of();
		}
		return List.of(formatted.split(String.valueOf(PASSAGE_SEPARATOR)));
	}

}

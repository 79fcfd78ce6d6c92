package com.candidatesearch.candidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.candidatesearch.parse.SourceSpan;

/**
 * The page that shows where each parsed field came from: a table of fields with their lines,
 * and the extracted text with line numbers and the found values marked.
 *
 * @param id the candidate's id
 * @param name the name to show
 * @param fields every located field, in the order of the text
 * @param lines the extracted text, line by line
 * @param selected the field asked for, or {@code null}
 */
record SourceView(long id, String name, List<Field> fields, List<TextLine> lines, String selected) {

	/** Longer texts are cut: the page is for checking fields, not for reading a book. */
	static final int MAX_LINES = 3000;

	static SourceView of(CandidateSources sources, String selected) {
		List<Field> fields = new ArrayList<>();
		sources.sources().forEach((path, span) -> fields.add(new Field(path, sources.values().getOrDefault(path, ""),
				span.line(), path.equals(selected))));
		fields.sort(Comparator.comparingInt(Field::line).thenComparing(Field::path));
		return new SourceView(sources.id(), sources.name(), fields, lines(sources.text(), sources.sources(), selected),
				selected);
	}

	private static List<TextLine> lines(String text, Map<String, SourceSpan> spans, String selected) {
		SourceSpan chosen = selected == null ? null : spans.get(selected);
		List<TextLine> lines = new ArrayList<>();
		int start = 0;
		int number = 1;
		while (start <= text.length() && lines.size() < MAX_LINES) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end;
			lines.add(new TextLine(number, segments(text, start, end, spans.values(), chosen)));
			start = end + 1;
			number++;
		}
		return lines;
	}

	/** A line cut into pieces at the edges of the spans that cover it. */
	private static List<Segment> segments(String text, int from, int to, Iterable<SourceSpan> spans, SourceSpan chosen) {
		boolean[] found = new boolean[to - from];
		boolean[] picked = new boolean[to - from];
		for (SourceSpan span : spans) {
			for (int i = Math.max(from, span.start()); i < Math.min(to, span.end()); i++) {
				found[i - from] = true;
				picked[i - from] |= span.equals(chosen);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int at = from;
		while (at < to) {
			int end = at;
			while (end < to && found[end - from] == found[at - from] && picked[end - from] == picked[at - from]) {
				end++;
			}
			segments.add(new Segment(text.substring(at, end), found[at - from], picked[at - from]));
			at = end;
		}
		return segments;
	}

	/**
	 * A located field.
	 *
	 * @param path its path in the contract, e.g. {@code work[1].name}
	 * @param value the value as parsed
	 * @param line the line it was found on
	 * @param selected whether it is the field asked for
	 */
	record Field(String path, String value, int line, boolean selected) {
	}

	/**
	 * A line of the extracted text.
	 *
	 * @param number its number, from 1
	 * @param segments its pieces
	 */
	record TextLine(int number, List<Segment> segments) {
	}

	/**
	 * A piece of a line.
	 *
	 * @param text the text
	 * @param found whether a parsed value was found here
	 * @param selected whether it is the field asked for
	 */
	record Segment(String text, boolean found, boolean selected) {
	}

}

package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A passage of a matched field with the matched words marked.
 *
 * @param field the index field that matched, e.g. {@code skills.keywords}
 * @param label the field as a recruiter names it, e.g. "Skills"
 * @param marked the passage, with each match between {@link #START} and {@link #END}
 */
public record Highlight(String field, String label, String marked) {

	/** Private-use characters mark a match, so resume text needs no escaping until it is shown. */
	static final String START = "\uE000";

	static final String END = "\uE001";

	/** The passage as pieces of text, each matched or not, for a page to print with escaping. */
	public List<Segment> segments() {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		while (at < this.marked.length()) {
			int start = this.marked.indexOf(START, at);
			if (start < 0) {
				segments.add(new Segment(this.marked.substring(at), false));
				break;
			}
			if (start > at) {
				segments.add(new Segment(this.marked.substring(at, start), false));
			}
			int end = this.marked.indexOf(END, start);
			end = end < 0 ? this.marked.length() : end;
			segments.add(new Segment(this.marked.substring(start + START.length(), end), true));
			at = end + END.length();
		}
		return segments;
	}

	/** The passage as HTML: text escaped, matches in {@code <mark>}. */
	public String html() {
		StringBuilder html = new StringBuilder();
		for (Segment segment : segments()) {
			String text = HtmlUtils.htmlEscape(segment.text(), "UTF-8");
			html.append(segment.matched() ? "<mark>" + text + "</mark>" : text);
		}
		return html.toString();
	}

	/**
	 * A piece of a highlighted passage.
	 *
	 * @param text the text
	 * @param matched whether the query matched it
	 */
	public record Segment(String text, boolean matched) {
	}

}

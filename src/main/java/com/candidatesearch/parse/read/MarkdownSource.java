package com.candidatesearch.parse.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Markdown resume's source holds besides its text: the YAML front matter a static site
 * reads, HTML comments (entries the author hid), heading attributes ("{#experience}") and the
 * targets of the HTML links written inside it.
 */
final class MarkdownSource {

	/** A front matter longer than this is no front matter but a document between two rules. */
	private static final int MAX_FRONT_MATTER_LINES = 60;

	private static final Pattern FRONT_MATTER_LINE = Pattern.compile("\\s*+(?:[\\w-]++\\s*+:.*|-\\s.*|#.*|)");

	/** Kramdown's and Pandoc's attributes at a heading's end: "Experience {#experience .cv}". */
	private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[#.][^{}]*+\\}$");

	/* A tag holds no "<" or ">": so a run of "<a" is never read from each one to the end of the line. */
	private static final Pattern ANCHOR = Pattern
		.compile("<a\\s[^<>]*?href\\s*=\\s*[\"']([^\"'<>]*+)[\"'][^<>]*+>([^<]*+)</a>", Pattern.CASE_INSENSITIVE);

	private MarkdownSource() {
	}

	/** The source without a leading block of "key: value" lines between two "---" rules. */
	static String withoutFrontMatter(String text) {
		String body = text.startsWith("\ufeff") ? text.substring(1) : text;
		if (!body.startsWith("---")) {
			return text;
		}
		String[] lines = body.split("\\r?\\n", MAX_FRONT_MATTER_LINES + 2);
		if (!lines[0].strip().equals("---")) {
			return text;
		}
		int length = lines[0].length() + 1;
		for (int i = 1; i < Math.min(lines.length, MAX_FRONT_MATTER_LINES + 1); i++) {
			String line = lines[i];
			length += line.length() + 1;
			if (line.strip().equals("---") || line.strip().equals("...")) {
				return length >= body.length() ? "" : body.substring(Math.min(length, body.length()));
			}
			if (!FRONT_MATTER_LINE.matcher(line).matches()) {
				return text;
			}
		}
		return text;
	}

	/** The HTML without its comments; an unclosed one hides the rest, as in a browser. */
	static String withoutComments(String html) {
		int open = html.indexOf("<!--");
		if (open < 0) {
			return html;
		}
		StringBuilder out = new StringBuilder(html.length());
		int from = 0;
		while (open >= 0) {
			out.append(html, from, open);
			int close = html.indexOf("-->", open + 4);
			if (close < 0) {
				return out.toString();
			}
			from = close + 3;
			open = html.indexOf("<!--", from);
		}
		return out.append(html, from, html.length()).toString();
	}

	/** A heading without its trailing attribute block. */
	static String withoutAttributes(String heading) {
		return heading.indexOf('{') < 0 ? heading : ATTRIBUTES.matcher(heading).replaceFirst("");
	}

	/** The line with each HTML link's target written after its text where the text does not show it. */
	static String showLinkTargets(String line) {
		if (line.indexOf('<') < 0) {
			return line;
		}
		Matcher anchor = ANCHOR.matcher(line);
		StringBuilder out = new StringBuilder();
		while (anchor.find()) {
			String target = Link.target(anchor.group(2), InlineMarkup.decodeEntities(anchor.group(1)));
			anchor.appendReplacement(out, Matcher.quoteReplacement(target == null ? anchor.group()
					: anchor.group() + " " + target));
		}
		return anchor.appendTail(out).toString();
	}

}

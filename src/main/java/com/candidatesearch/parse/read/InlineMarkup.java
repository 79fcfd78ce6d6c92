package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.candidatesearch.parse.layout.Line;

/**
 * Removes the inline markup that plain-text resumes carry (Markdown emphasis and escapes,
 * stray HTML tags and entities) and keeps what it emphasised, which often marks a title.
 */
public final class InlineMarkup {

	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

	private static final Pattern EMPHASIS_TAG = Pattern.compile("<(b|i|em|strong)>(.*?)</\\1>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OPENING_TAG = Pattern.compile("<(b|i|em|strong)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern CLOSING_TAG = Pattern.compile("</(b|i|em|strong)>", Pattern.CASE_INSENSITIVE);

	/** Markdown's emphasis marks, longest first, as the pattern that reads them tries them. */
	private static final List<String> DELIMITERS = List.of("**", "__", "*", "_");

	private static final Map<String, Pattern> MARKDOWN_EMPHASIS = DELIMITERS.stream()
		.collect(Collectors.toUnmodifiableMap(delimiter -> delimiter, delimiter -> Pattern
			.compile("(?<![\\w*\\\\])(" + Pattern.quote(delimiter) + ")(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])")));

	/** What ends the line for {@code .}, so a run of emphasis never crosses one. */
	private static final Pattern LINE_END = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");

	/* No "[" inside a link's text nor in its target: a run of "[" or "](" would otherwise be rescanned from each one. */
	private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\[\\]]*)\\]\\(([^)\\[\\]]*)\\)");

	private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$&%~|<>])");

	private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

	private InlineMarkup() {
	}

	/** The text and its emphasised runs, all markup removed. */
	static Line strip(String raw) {
		List<String> emphasis = new ArrayList<>();
		String text = collectTags(raw, emphasis);
		text = TAG.matcher(text).replaceAll(" ");
		text = links(text);
		for (int pass = 0; pass < 3; pass++) {
			text = collectMarkdown(text, emphasis);
		}
		text = ESCAPE.matcher(text).replaceAll("$1");
		text = decodeEntities(text);
		text = fold(text);
		List<String> runs = emphasis.stream().map(InlineMarkup::fold).filter(run -> !run.isEmpty()).toList();
		boolean bold = !runs.isEmpty() && runs.size() == 1 && runs.get(0).equals(text);
		return new Line(text, Line.Kind.TEXT, 0, bold, runs, 0, false);
	}

	/** The text with each Markdown link replaced by its text, and its target where the text does not show it. */
	private static String links(String text) {
		if (text.indexOf('[') < 0) {
			return text;
		}
		Matcher link = MARKDOWN_LINK.matcher(text);
		StringBuilder out = new StringBuilder();
		while (link.find()) {
			String target = link.group().startsWith("!") ? null : Link.target(link.group(1), link.group(2).strip());
			link.appendReplacement(out, Matcher.quoteReplacement(target == null ? link.group(1) : link.group(1) + " " + target));
		}
		return link.appendTail(out).toString();
	}

	/*
	 * An emphasis is read lazily up to its closing mark, so an opening mark without one would be
	 * read to the end of the line, and a line of ten thousand such marks ten thousand times over.
	 * These two read a line once for its closing marks first and try an opening mark only when a
	 * closing one of its kind follows it on the line: the same matches, in linear time.
	 */

	/** The text with {@code <b>…</b>}, {@code <i>}, {@code <em>} and {@code <strong>} runs replaced by their content, collected. */
	private static String collectTags(String text, List<String> emphasis) {
		if (text.indexOf('<') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		int copied = 0;
		for (int[] line : lines(text)) {
			Map<String, Integer> lastClosing = new HashMap<>();
			Matcher closing = CLOSING_TAG.matcher(text).region(line[0], line[1]);
			while (closing.find()) {
				lastClosing.put(closing.group(1).toLowerCase(Locale.ROOT), closing.start());
			}
			Matcher opening = OPENING_TAG.matcher(text);
			Matcher run = EMPHASIS_TAG.matcher(text).useTransparentBounds(true);
			int from = line[0];
			while (opening.region(from, line[1]).find()) {
				if (lastClosing.getOrDefault(opening.group(1).toLowerCase(Locale.ROOT), -1) >= opening.end()
						&& run.region(opening.start(), line[1]).lookingAt()) {
					copied = collect(run, text, copied, out, emphasis);
					from = run.end();
				}
				else {
					from = opening.start() + 1;
				}
			}
		}
		return out.append(text, copied, text.length()).toString();
	}

	/** The text with Markdown's {@code **bold**}, {@code *italic*} and underscore runs replaced by their content, collected. */
	private static String collectMarkdown(String text, List<String> emphasis) {
		if (text.indexOf('*') < 0 && text.indexOf('_') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		int copied = 0;
		for (int[] line : lines(text)) {
			Map<String, Integer> lastClosing = new HashMap<>();
			for (int at = line[0] + 1; at < line[1]; at++) {
				for (String delimiter : DELIMITERS) {
					int after = at + delimiter.length();
					if (text.startsWith(delimiter, at) && after <= line[1] && !isSpace(text.charAt(at - 1))
							&& !(after < text.length() && isWordOrStar(text.charAt(after)))) {
						lastClosing.put(delimiter, at);
					}
				}
			}
			int at = line[0];
			while (at < line[1]) {
				int end = -1;
				for (String delimiter : DELIMITERS) {
					if (text.startsWith(delimiter, at)
							&& lastClosing.getOrDefault(delimiter, -1) > at + delimiter.length()) {
						Matcher run = MARKDOWN_EMPHASIS.get(delimiter).matcher(text).useTransparentBounds(true)
							.region(at, line[1]);
						if (run.lookingAt()) {
							copied = collect(run, text, copied, out, emphasis);
							end = run.end();
							break;
						}
					}
				}
				at = end > 0 ? end : at + 1;
			}
		}
		return out.append(text, copied, text.length()).toString();
	}

	/** Copies the text up to the run, then the run's content in place of the run, and keeps the content as emphasis. */
	private static int collect(Matcher run, String text, int copied, StringBuilder out, List<String> emphasis) {
		String inner = run.group(2);
		emphasis.add(TAG.matcher(inner).replaceAll("").replaceAll("[*_]{2,}", ""));
		out.append(text, copied, run.start()).append(inner);
		return run.end();
	}

	/** The start and end of each line, as {@code .} in a pattern sees lines. */
	private static List<int[]> lines(String text) {
		List<int[]> lines = new ArrayList<>();
		Matcher end = LINE_END.matcher(text);
		int start = 0;
		while (end.find()) {
			lines.add(new int[] { start, end.start() });
			start = end.end();
		}
		lines.add(new int[] { start, text.length() });
		return lines;
	}

	/** Whether {@code \\s} matches the character. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** Whether {@code [\\w*]} matches the character. */
	private static boolean isWordOrStar(char c) {
		return c == '*' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	static String decodeEntities(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = switch (name) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> {
					int codePoint = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
							: Integer.parseInt(name.substring(1));
					yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : matcher.group();
				}
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * Folds white space, joins a space left before a comma or period by the renderer
	 * ("Lam , Jarrett") and replaces typographic ligatures that some PDFs keep.
	 */
	static String fold(String text) {
		String folded = text.replace('\u00a0', ' ')
			.replace("\ufb01", "fi")
			.replace("\ufb02", "fl")
			.replace("\ufb00", "ff")
			.replace("\ufb03", "ffi")
			.replace("\ufb04", "ffl")
			.replace("\u00ad", "")
			.replaceAll("\\s+", " ")
			.strip();
		return folded.replaceAll(" ([,;])", "$1");
	}

}

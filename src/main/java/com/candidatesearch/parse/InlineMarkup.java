package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the inline markup that plain-text resumes carry (Markdown emphasis and escapes,
 * stray HTML tags and entities) and keeps what it emphasised, which often marks a title.
 */
final class InlineMarkup {

	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

	private static final Pattern EMPHASIS_TAG = Pattern.compile("<(b|i|em|strong)>(.*?)</\\1>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKDOWN_EMPHASIS = Pattern
		.compile("(?<![\\w*\\\\])(\\*\\*|__|\\*|_)(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");

	private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\(([^)]*)\\)");

	private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$&%~|<>])");

	private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#\\d+|#x[0-9a-fA-F]+);");

	private InlineMarkup() {
	}

	/** The text and its emphasised runs, all markup removed. */
	static Line strip(String raw) {
		List<String> emphasis = new ArrayList<>();
		String text = collect(EMPHASIS_TAG, raw, emphasis);
		text = TAG.matcher(text).replaceAll(" ");
		text = MARKDOWN_LINK.matcher(text).replaceAll("$1");
		for (int pass = 0; pass < 3; pass++) {
			text = collect(MARKDOWN_EMPHASIS, text, emphasis);
		}
		text = ESCAPE.matcher(text).replaceAll("$1");
		text = decodeEntities(text);
		text = fold(text);
		List<String> runs = emphasis.stream().map(InlineMarkup::fold).filter(run -> !run.isEmpty()).toList();
		boolean bold = !runs.isEmpty() && runs.size() == 1 && runs.get(0).equals(text);
		return new Line(text, Line.Kind.TEXT, 0, bold, runs, 0, false);
	}

	private static String collect(Pattern pattern, String text, List<String> emphasis) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String inner = matcher.group(2);
			emphasis.add(TAG.matcher(inner).replaceAll("").replaceAll("[*_]{2,}", ""));
			matcher.appendReplacement(out, Matcher.quoteReplacement(inner));
		}
		matcher.appendTail(out);
		return out.toString();
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
				default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
						: Character.toString(Integer.parseInt(name.substring(1)));
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

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.SourceSpan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds where each parsed value came from in the extracted text. Values are looked for in the
 * order of the resume, each from where the one before it was found, so the same employer in two
 * jobs points at two places; dates, which the contract rewrites ("Mar. 2025" becomes "2025-03"),
 * are looked for as any printed form of their month and year near the entry they belong to.
 *
 * <p>This works on the finished parse rather than inside each section parser, so every format and
 * every section parser gets provenance alike, and a value the parser rewrote beyond recognition
 * simply has none instead of a wrong one.
 */
public final class FieldSources {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> DATE_FIELDS = Set.of("startDate", "endDate", "date", "releaseDate");

	/** The longest value that still identifies an entry rather than describing it. */
	private static final int ANCHOR_LENGTH = 120;

	/** How far before its most telling value an entry's other values may be printed. */
	private static final int ENTRY_REACH = 300;

	/** How far from its entry a date may be printed, in characters either way. */
	private static final int DATE_WINDOW = 400;

	private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec" };

	private final String text;

	private final int[] lineStarts;

	private final Map<String, SourceSpan> sources = new LinkedHashMap<>();

	private int cursor;

	private FieldSources(String text) {
		this.text = text;
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The span of each value found, by its path in the contract: {@code work[1].name}, {@code skills[0].keywords[2]}. */
	public static Map<String, SourceSpan> locate(ParsedResume resume, String text) {
		FieldSources sources = new FieldSources(text);
		JsonNode tree = JSON.valueToTree(resume);
		for (var section : tree.properties()) {
			sources.cursor = 0;
			if ("basics".equals(section.getKey())) {
				sources.walkBasics(section.getValue());
			}
			else {
				sources.walk(section.getKey(), section.getValue(), -1);
			}
		}
		return sources.sources;
	}

	private void walk(String path, JsonNode node, int anchor) {
		if (node.isObject()) {
			walkEntry(path, node);
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(path + "[" + i + "]", node.get(i), anchor);
			}
		}
		else if (node.isString()) {
			findText(path, node.asString());
		}
	}

	/** Contact details may stand anywhere (an e-mail inside the experience section), so each is looked for from the top. */
	private void walkBasics(JsonNode basics) {
		basics.properties().forEach(field -> {
			this.cursor = 0;
			walk("basics." + field.getKey(), field.getValue(), -1);
		});
	}

	/**
	 * An entry (a job, a degree, a paper) is found by its most telling short value, often the
	 * title rather than the employer, which the summary may name too; its other values are then
	 * looked for from just before it, and its dates around it.
	 */
	private void walkEntry(String path, JsonNode entry) {
		List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
		entry.properties().forEach(fields::add);
		Map.Entry<String, JsonNode> telling = null;
		for (Map.Entry<String, JsonNode> field : fields) {
			JsonNode value = field.getValue();
			if (value.isString() && !DATE_FIELDS.contains(field.getKey()) && value.asString().length() <= ANCHOR_LENGTH
					&& (telling == null || value.asString().length() > telling.getValue().asString().length())) {
				telling = field;
			}
		}
		int anchor = -1;
		if (telling != null) {
			findText(path + "." + telling.getKey(), telling.getValue().asString());
			SourceSpan found = this.sources.get(path + "." + telling.getKey());
			anchor = found == null ? -1 : found.start();
		}
		int after = this.cursor;
		for (Map.Entry<String, JsonNode> field : fields) {
			if (field == telling || DATE_FIELDS.contains(field.getKey())) {
				continue;
			}
			this.cursor = anchor < 0 ? after : Math.max(0, anchor - ENTRY_REACH);
			walk(path + "." + field.getKey(), field.getValue(), anchor);
		}
		for (Map.Entry<String, JsonNode> field : fields) {
			if (DATE_FIELDS.contains(field.getKey()) && field.getValue().isString()) {
				findDate(path + "." + field.getKey(), field.getValue().asString(), anchor < 0 ? after : anchor);
			}
		}
		this.cursor = anchor < 0 ? after : anchor + 1;
	}

	private void findText(String path, String value) {
		Pattern pattern = textPattern(value);
		if (pattern == null) {
			return;
		}
		Matcher matcher = pattern.matcher(this.text);
		if (matcher.find(this.cursor) || matcher.find(0)) {
			record(path, matcher.start(), matcher.end());
			this.cursor = matcher.start();
		}
	}

	private void findDate(String path, String value, int anchor) {
		Matcher date = Pattern.compile("(\\d{4})(?:-(\\d{2}))?").matcher(value);
		if (!date.lookingAt()) {
			return;
		}
		String year = date.group(1);
		int from = Math.max(0, anchor - DATE_WINDOW);
		int to = Math.min(this.text.length(), anchor + DATE_WINDOW);
		String window = this.text.substring(from, to);
		List<Pattern> forms = new ArrayList<>();
		if (date.group(2) != null) {
			int month = Integer.parseInt(date.group(2));
			forms.add(Pattern.compile("(?i)\\b" + MONTHS[month - 1] + "[\\p{L}]*\\.?\\s*'?(?:" + year + "|"
					+ year.substring(2) + "\\b)"));
			forms.add(Pattern.compile("\\b0?" + month + "\\s*[/.-]\\s*" + year + "\\b"));
			forms.add(Pattern.compile("\\b" + year + "\\s*[/.-]\\s*0?" + month + "\\b"));
		}
		forms.add(Pattern.compile("\\b" + year + "\\b"));
		for (Pattern form : forms) {
			Matcher matcher = form.matcher(window);
			int best = -1;
			int bestEnd = -1;
			while (matcher.find()) {
				if (best < 0 || Math.abs(from + matcher.start() - anchor) < Math.abs(from + best - anchor)) {
					best = matcher.start();
					bestEnd = matcher.end();
				}
			}
			if (best >= 0) {
				record(path, from + best, from + bestEnd);
				return;
			}
		}
	}

	/** The words of a value, in order, with any white space or line break between them; at most the first twelve. */
	private static Pattern textPattern(String value) {
		String[] words = value.strip().split("\\s+");
		if (words.length == 0 || words[0].isEmpty()) {
			return null;
		}
		StringBuilder regex = new StringBuilder();
		if (Character.isLetterOrDigit(words[0].charAt(0))) {
			regex.append("(?<![\\p{L}\\p{N}])");
		}
		int count = Math.min(words.length, 12);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				regex.append("[\\s\\-]+");
			}
			regex.append(Pattern.quote(words[i]));
		}
		String last = words[count - 1];
		if (Character.isLetterOrDigit(last.charAt(last.length() - 1))) {
			regex.append("(?![\\p{L}\\p{N}])");
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private void record(String path, int start, int end) {
		int line = Arrays.binarySearch(this.lineStarts, start);
		line = line >= 0 ? line + 1 : -line - 1;
		this.sources.put(path, new SourceSpan(start, end, line));
	}

}

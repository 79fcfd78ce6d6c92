package com.candidatesearch.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the search that led to a comparison, to mark where each candidate matches. Reads
 * the query loosely: field prefixes ({@code skill:}), quotes, operators and excluded words
 * ({@code -intern}) are dropped, a phrase stays one term, {@code pyto*} matches words starting
 * so. Whole words only, with "C++" and "C#" as words: "C" never marks "C++" or "Cloud".
 */
final class SearchTerms {

	static final SearchTerms NONE = new SearchTerms(List.of());

	private static final Pattern TOKEN = Pattern.compile("-?(?:[\\p{L}]+:)?(?:\"[^\"]*\"?|[^\\s\"()]+)");

	private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

	private static final Set<String> NOT_WORDS = Set.of("experience", "year");

	private static final String WORD = "[\\p{L}\\p{N}+#]";

	private final List<String> terms;

	private final Pattern pattern;

	private SearchTerms(List<String> terms) {
		this.terms = List.copyOf(terms);
		this.pattern = terms.isEmpty() ? null : compile(terms);
	}

	static SearchTerms of(String query) {
		if (query == null || query.isBlank()) {
			return NONE;
		}
		Set<String> terms = new LinkedHashSet<>();
		Matcher tokens = TOKEN.matcher(query.length() > 1000 ? query.substring(0, 1000) : query);
		while (tokens.find()) {
			String token = tokens.group();
			if (token.startsWith("-") || OPERATORS.contains(token)) {
				continue;
			}
			int colon = token.indexOf(':');
			if (colon > 0 && !token.startsWith("\"")) {
				if (NOT_WORDS.contains(token.substring(0, colon).toLowerCase(Locale.ROOT))) {
					continue;
				}
				token = token.substring(colon + 1);
			}
			String term = token.replace("\"", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			if (!term.isEmpty() && !term.equals("*")) {
				terms.add(term);
			}
		}
		return new SearchTerms(new ArrayList<>(terms));
	}

	private static Pattern compile(List<String> terms) {
		List<String> alternatives = terms.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(term -> term.endsWith("*") ? Pattern.quote(term.substring(0, term.length() - 1)) + "[\\p{L}\\p{N}]*"
					: Pattern.quote(term))
			.toList();
		return Pattern.compile("(?<!" + WORD + ")(?:" + String.join("|", alternatives) + ")(?!" + WORD + ")",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	boolean isEmpty() {
		return this.terms.isEmpty();
	}

	/** The terms as the page names them, e.g. "python, computer vision". */
	String describe() {
		return String.join(", ", this.terms);
	}

	/** Whether a skill is one of the terms, or one of them appears in it as a word. */
	boolean matches(String text) {
		return this.pattern != null && text != null && this.pattern.matcher(text).find();
	}

	/** The text cut into marked and unmarked pieces, for the page to print each escaped. */
	List<Segment> segments(String text) {
		if (text == null) {
			return List.of();
		}
		if (this.pattern == null) {
			return List.of(new Segment(text, false));
		}
		List<Segment> segments = new ArrayList<>();
		Matcher matcher = this.pattern.matcher(text);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				segments.add(new Segment(text.substring(at, matcher.start()), false));
			}
			segments.add(new Segment(matcher.group(), true));
			at = matcher.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), false));
		}
		return segments;
	}

	/**
	 * A piece of a cell's text.
	 *
	 * @param text the text, printed escaped
	 * @param matched whether it is a search term, printed in {@code <mark>}
	 */
	record Segment(String text, boolean matched) {
	}

}

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.layout.Line;

/**
 * Where a resume's name is found when its header prints none: a "Name" detail, the author
 * common to its publications, a letter's signature, the e-mail's owner, the file's name.
 */
final class NameFallbacks {

	/** What file names carry besides a person's name: "resume", "CV", "final", "v2", a year. */
	private static final Pattern FILE_WORDS = Pattern
		.compile("(?iu)resume|résumé|cv|curriculum|vitae|lebenslauf|final|updated|latest|new|copy|draft|english|en|v?\\d+");

	/** The closing words of a letter, over the signature's name. */
	private static final Pattern CLOSING = Pattern.compile("(?i)(sincerely|regards|best|yours|cordially|mit freundlichen grüßen|cordialement)[,.]?");

	/** "Name", "Full name: Joe Bloggs": the label of a name, and the name after it if on the line. */
	private static final Pattern NAME_LABEL = Pattern.compile("(?i)(?:full\\s+)?name\\s*[:：]?(?:\\s+(\\S.*))?");

	private NameFallbacks() {
	}

	/**
	 * The file name as a person's name, when it reads as one: {@code Jane_Doe_Resume_2024.pdf}
	 * gives Jane Doe, {@code jane-doe.pdf} Jane Doe; {@code resume.pdf}, {@code 12345.txt} or a
	 * single word give none, rather than a name nobody has.
	 */
	public static String nameFromFile(String fileName) {
		List<String> words = new ArrayList<>();
		for (String word : fileName.replaceFirst("\\.[^.]+$", "").split("[\\s_.-]+")) {
			if (!word.isEmpty() && !FILE_WORDS.matcher(word).matches()) {
				words.add(word);
			}
		}
		if (words.size() < 2 || words.size() > 4 || !words.stream().allMatch(word -> word.matches("\\p{L}[\\p{L}'’]*"))) {
			return null;
		}
		boolean lowerCase = words.stream().allMatch(word -> word.equals(word.toLowerCase(Locale.ROOT)));
		String name = String.join(" ", lowerCase
				? words.stream().map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)).toList()
				: words);
		return HeaderReader.isPersonName(name) ? name : null;
	}

	/**
	 * A name given as a personal detail ("Name" over "Joe Bloggs" in a table of them, or
	 * "Name: Joe Bloggs"), where the header prints none.
	 */
	static String labelledName(List<Line> all) {
		for (int i = 0; i < all.size(); i++) {
			String text = all.get(i).text().strip();
			Matcher label = NAME_LABEL.matcher(text);
			if (!label.matches()) {
				continue;
			}
			String name = label.group(1) != null ? label.group(1).strip()
					: i + 1 < all.size() ? all.get(i + 1).text().strip() : null;
			if (name != null && HeaderReader.isPersonName(name)) {
				return name;
			}
		}
		return null;
	}

	/** The author on most publications (at least two, and half of them): a CV's own name. */
	static String commonAuthor(List<Publication> publications) {
		Map<String, Integer> counts = new HashMap<>();
		Map<String, String> longest = new HashMap<>();
		for (Publication publication : publications) {
			for (String author : publication.authors().stream().distinct().toList()) {
				String[] parts = author.split("\\s+");
				String key = (parts[0].charAt(0) + " " + parts[parts.length - 1]).toLowerCase(Locale.ROOT);
				counts.merge(key, 1, Integer::sum);
				longest.merge(key, author, (a, b) -> b.length() > a.length() ? b : a);
			}
		}
		return counts.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= 2 && entry.getValue() * 2 >= publications.size())
			.max(Map.Entry.comparingByValue())
			.map(entry -> longest.get(entry.getKey()))
			.orElse(null);
	}

	static String signature(List<Line> all) {
		for (int i = all.size() - 2; i >= Math.max(0, all.size() - 4); i--) {
			if (CLOSING.matcher(all.get(i).text()).matches() && HeaderReader.isPersonName(all.get(i + 1).text())) {
				return all.get(i + 1).text();
			}
		}
		return null;
	}

	/** "jane.doe@…" read as "Jane Doe". */
	static String owner(String email) {
		String local = email.substring(0, email.indexOf('@'));
		String[] parts = local.split("[._-]");
		if (parts.length < 2 || parts.length > 3) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (String part : parts) {
			if (!part.matches("\\p{L}{2,}")) {
				return null;
			}
			words.add(Character.toUpperCase(part.charAt(0)) + part.substring(1).toLowerCase(Locale.ROOT));
		}
		return String.join(" ", words);
	}

}

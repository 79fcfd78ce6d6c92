package com.candidatesearch.compare;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.candidatesearch.parse.ParsedResume;

/** What a list of publications says at a glance: where they mostly appeared and how lately. */
final class Publications {

	private static final int TOP_VENUES = 3;

	private static final int RECENT_YEARS = 3;

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	private Publications() {
	}

	/** The venues with most papers, e.g. "CVPR (3)", most first, at most three. */
	static List<String> topVenues(List<ParsedResume.Publication> publications) {
		Map<String, String> spelling = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		publications.stream().map(ParsedResume.Publication::publisher).filter(Objects::nonNull).forEach(venue -> {
			String key = Comparison.normalized(venue);
			spelling.putIfAbsent(key, venue);
			counts.merge(key, 1, Integer::sum);
		});
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(TOP_VENUES)
			.map(entry -> spelling.get(entry.getKey()) + (entry.getValue() > 1 ? " (" + entry.getValue() + ")" : ""))
			.toList();
	}

	/** The latest years with papers and how many each, e.g. "2024 (2), 2023 (1)", or {@code null}. */
	static String recentYears(List<ParsedResume.Publication> publications) {
		TreeMap<Integer, Integer> years = new TreeMap<>(Comparator.reverseOrder());
		for (ParsedResume.Publication publication : publications) {
			String date = publication.releaseDate() != null ? publication.releaseDate() : publication.publisher();
			Matcher year = (date == null) ? null : YEAR.matcher(date);
			if (year != null && year.find()) {
				years.merge(Integer.parseInt(year.group()), 1, Integer::sum);
			}
		}
		String recent = years.entrySet()
			.stream()
			.limit(RECENT_YEARS)
			.map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
			.collect(Collectors.joining(", "));
		return recent.isEmpty() ? null : recent;
	}

}

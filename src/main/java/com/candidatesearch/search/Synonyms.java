package com.candidatesearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.candidatesearch.parse.FoldedText;

/**
 * Terms that mean the same to a recruiter ("JS", "JavaScript", "ECMAScript"). One group per
 * line, terms separated by commas, {@code #} starts a comment. The built-in list ships in
 * {@code search/synonyms.txt}; a team extends it with {@code synonyms.txt} in the data folder.
 *
 * <p>Expansion happens when a query runs, not when resumes are indexed, so the page can say
 * which other terms a word matched and an edited list takes effect without reindexing.
 */
final class Synonyms {

	static final String BUILT_IN = "/search/synonyms.txt";

	private final Map<String, List<String>> groups;

	private Synonyms(Map<String, List<String>> groups) {
		this.groups = groups;
	}

	static Synonyms load(Path extra) {
		Map<String, List<String>> groups = new HashMap<>();
		try (InputStream in = Synonyms.class.getResourceAsStream(BUILT_IN)) {
			read(in, groups);
			if (extra != null && Files.isRegularFile(extra)) {
				try (InputStream more = Files.newInputStream(extra)) {
					read(more, groups);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the synonym list", ex);
		}
		return new Synonyms(groups);
	}

	/** The other terms equivalent to this one, as written in the list; empty when it has none. */
	List<String> alternativesOf(String term) {
		List<String> group = this.groups.get(key(term));
		if (group == null) {
			return List.of();
		}
		String own = key(term);
		return group.stream().filter(other -> !key(other).equals(own)).toList();
	}

	int size() {
		return (int) this.groups.values().stream().distinct().mapToLong(group -> group.size() - 1L).sum();
	}

	private static void read(InputStream in, Map<String, List<String>> groups) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			int hash = line.indexOf(" #");
			String content = line.startsWith("#") ? "" : (hash >= 0 ? line.substring(0, hash) : line);
			Set<String> terms = new LinkedHashSet<>();
			for (String term : content.split(",")) {
				if (!term.isBlank()) {
					terms.add(term.strip());
				}
			}
			if (terms.size() < 2) {
				continue;
			}
			Map<String, String> merged = new LinkedHashMap<>();
			for (String term : terms) {
				groups.getOrDefault(key(term), List.of()).forEach(known -> merged.putIfAbsent(key(known), known));
			}
			terms.forEach(term -> merged.putIfAbsent(key(term), term));
			List<String> group = List.copyOf(merged.values());
			for (String term : group) {
				groups.put(key(term), group);
			}
		}
	}

	/** Case, accents and inner spacing folded, as the analyzers fold them. */
	static String key(String term) {
		return FoldedText.of(term);
	}

}

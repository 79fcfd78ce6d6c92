package com.candidatesearch.shortlist;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shortlist as every page shows it: who is on it and where comparing them leads.
 *
 * @param entries the candidates, in the order they were added
 * @param compareHref the comparison of all of them, with the search terms that led here, or
 * {@code null} while fewer than two are on it
 * @param full whether no one more can be added
 */
public record Tray(List<Entry> entries, String compareHref, boolean full) {

	static Tray of(Map<Long, String> names, String query) {
		List<Entry> entries = names.entrySet().stream().map(name -> new Entry(name.getKey(), name.getValue())).toList();
		String href = null;
		if (entries.size() >= 2) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/compare")
				.queryParam("ids", entries.stream().map(entry -> String.valueOf(entry.id())).collect(Collectors.joining(",")));
			if (query != null && !query.isBlank()) {
				uri.queryParam("q", query.strip());
			}
			href = uri.encode().build().toUriString();
		}
		return new Tray(List.copyOf(entries), href, entries.size() >= Shortlist.MAX);
	}

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	public boolean contains(long id) {
		return this.entries.stream().anyMatch(entry -> entry.id() == id);
	}

	public int size() {
		return this.entries.size();
	}

	/**
	 * A candidate on the shortlist.
	 *
	 * @param id the candidate's id
	 * @param name the name when it was added
	 */
	public record Entry(long id, String name) {
	}

}

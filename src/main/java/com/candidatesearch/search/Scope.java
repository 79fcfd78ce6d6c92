package com.candidatesearch.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a word is searched: the whole profile, or one field a recruiter names with a prefix
 * such as {@code skill:} or {@code employer:}.
 */
enum Scope {

	ANYWHERE(List.of(), "anywhere"),
	SKILL(List.of("skill", "skills"), "skill"),
	TITLE(List.of("title", "position"), "title"),
	EMPLOYER(List.of("employer", "company"), "employer"),
	SCHOOL(List.of("school", "university"), "school"),
	DEGREE(List.of("degree"), "degree"),
	PUBLICATION(List.of("publication", "paper"), "publication"),
	VENUE(List.of("venue"), "venue"),
	AUTHOR(List.of("author"), "author"),
	NAME(List.of("name"), "name"),
	LOCATION(List.of("location"), "location"),
	LANGUAGE(List.of("language"), "language"),
	CERTIFICATE(List.of("cert", "certificate"), "cert"),
	EXPERIENCE(List.of("experience"), "experience"),
	YEAR(List.of("year"), "year");

	private static final Map<String, Scope> BY_PREFIX = Stream.of(values())
		.flatMap(scope -> scope.prefixes.stream().map(prefix -> Map.entry(prefix, scope)))
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	private final List<String> prefixes;

	private final String display;

	Scope(List<String> prefixes, String display) {
		this.prefixes = prefixes;
		this.display = display;
	}

	/** The scope a prefix names ({@code company} names {@link #EMPLOYER}), if any. */
	static Optional<Scope> named(String prefix) {
		return Optional.ofNullable(BY_PREFIX.get(prefix.toLowerCase(Locale.ROOT)));
	}

	boolean isNumeric() {
		return this == EXPERIENCE || this == YEAR;
	}

	/** The prefix as the help panel names it. */
	String display() {
		return this.display;
	}

	/** The names a recruiter may type, for messages. */
	static String known() {
		return Stream.of(values())
			.filter(scope -> scope != ANYWHERE)
			.map(scope -> scope.display + ":")
			.collect(Collectors.joining(" "));
	}

}

package com.candidatesearch.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume;

/**
 * The online identities that name one person: a GitHub or LinkedIn account, an ORCID iD, a
 * Google Scholar profile. Each is read from a URL however it is printed (with or without
 * {@code https://}, {@code www.}, a trailing slash or other case) or from a network and a user
 * name, and reduced to a key such as {@code github:octocat}.
 */
final class OnlineProfiles {

	/** What each kind of key is called in a reason shown to the recruiter. */
	static final Map<String, String> NAMES = Map.of("github", "GitHub profile", "linkedin", "LinkedIn profile",
			"orcid", "ORCID iD", "scholar", "Google Scholar profile");

	private static final Pattern GITHUB = Pattern
		.compile("(?i)(?:https?://)?(?:www\\.)?github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![A-Za-z0-9-])");

	private static final Pattern LINKEDIN = Pattern
		.compile("(?i)(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/in/([\\p{L}\\p{N}_%-]{3,100})");

	private static final Pattern ORCID = Pattern.compile("(?i)(?<![0-9])(\\d{4}-\\d{4}-\\d{4}-\\d{3}[0-9X])(?![0-9])");

	private static final Pattern SCHOLAR = Pattern
		.compile("(?i)scholar\\.google\\.[a-z.]{2,6}/citations\\?(?:[^\\s\"'<>]*?&(?:amp;)?)?user=([A-Za-z0-9_-]{12})");

	private OnlineProfiles() {
	}

	/** The keys of every identity printed in this text: a URL, or an ORCID iD anywhere. */
	static void keysIn(String text, Set<String> keys) {
		if (text == null) {
			return;
		}
		add(keys, GITHUB.matcher(text), "github", id -> id.toLowerCase(Locale.ROOT));
		add(keys, LINKEDIN.matcher(text), "linkedin", id -> id.toLowerCase(Locale.ROOT));
		add(keys, ORCID.matcher(text), "orcid", id -> id.toUpperCase(Locale.ROOT));
		// Scholar's user ids are case-sensitive: "he4JY7wAAAAJ" and "HE4JY7WAAAAJ" are two people.
		add(keys, SCHOLAR.matcher(text), "scholar", Function.identity());
	}

	/** The key of a profile given as network and user name, when the URL is missing. */
	static void keyOf(ParsedResume.Profile profile, Set<String> keys) {
		keysIn(profile.url(), keys);
		if (profile.network() == null || profile.username() == null || profile.username().isBlank()) {
			return;
		}
		String network = profile.network().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		String username = profile.username().strip().replaceFirst("^@", "");
		switch (network) {
			case "github" -> keysIn("github.com/" + username, keys);
			case "linkedin" -> keysIn("linkedin.com/in/" + username, keys);
			case "orcid" -> keysIn(username, keys);
			case "googlescholar", "scholar" -> keysIn("scholar.google.com/citations?user=" + username, keys);
			default -> {
			}
		}
	}

	private static void add(Set<String> keys, Matcher matcher, String kind, Function<String, String> id) {
		while (keys.size() < Identity.MAX_KEYS && matcher.find()) {
			keys.add(kind + ":" + id.apply(matcher.group(1)));
		}
	}

}

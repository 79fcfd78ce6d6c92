package com.candidatesearch.parse.field;

import java.util.regex.Pattern;

/**
 * The places a job's head names ("Seattle, WA", "Budapest (Hungary)", "Remote"), and the legal
 * words that make a name a company's rather than a place's.
 */
final class HeadPlaces {

	/** A town or region: one to three capitalised words ("Brooklyn Park", "Rio de Janeiro"), a dot only at a word's end. */
	private static final Pattern PLACE_NAME = Pattern
		.compile("\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*\\.?|de|del|da|do|am|an|im|sur|upon|on)){0,2}");

	/** A state, province or country code ("WA", "UK", "NSW"). */
	static final Pattern CODE = Pattern.compile("\\p{Lu}{2,3}");

	/** The words that make a company's legal name ("Eggs and Ham, Co."), never a place. */
	static final Pattern LEGAL = Pattern
		.compile("(?i)(?:co|corp|inc|ltd|llc|llp|plc|gmbh|ag|sa|s\\.a|bv|b\\.v|nv|srl|oy|ab|as|kg|pty|limited|company)\\.?");

	/** Where the work is done when it is nowhere in particular. */
	static final Pattern NOWHERE = Pattern.compile("(?i)remote|hybrid|on-?site|worldwide|anywhere");

	private HeadPlaces() {
	}

	/** "Ottawa", "Seattle, WA", "Budapest (Hungary)", "Remote": one place name, or a town and its region. */
	static boolean isPlace(String text) {
		String place = text.strip();
		if (NOWHERE.matcher(place).matches()) {
			return true;
		}
		String[] parts = place.replaceFirst("\\s*\\((\\p{Lu}[\\p{L} ]+)\\)$", ", $1").split(",\\s+");
		if (parts.length > 2 || JobTitles.looksLikeTitle(place)) {
			return false;
		}
		for (String part : parts) {
			if (!PLACE_NAME.matcher(part).matches() || LEGAL.matcher(part.substring(part.lastIndexOf(' ') + 1)).matches()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A place shaped so that it is one without an organisation beside it: "Seattle, WA",
	 * "Budapest (Hungary)", a postal address.
	 */
	static boolean strongPlace(String text) {
		String[] parts = text.strip().split(",\\s+");
		return NOWHERE.matcher(text.strip()).matches() || text.strip().matches(".+\\(\\p{Lu}[\\p{L} ]+\\)")
				|| (parts.length == 2 && CODE.matcher(parts[1]).matches()) || HeaderPlace.isAddressLine(text);
	}

}

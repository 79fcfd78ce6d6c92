package com.candidatesearch.parse.field;

import java.util.regex.Pattern;

/** The town at the end of an organisation's name, where a converter ran the two into one line. */
final class Towns {

	/** A word joining the parts of a name ("Parker, Von and Keebler", "Green - McGlynn"): the word after it is the name's. */
	private static final Pattern JOINING = Pattern.compile("(?i)[-–—&+/]|and|und|et|y|of|de|von|van");

	/** Words that open a two-word town ("East Vena", "San Francisco", "New York"). */
	private static final Pattern TOWN_FIRST = Pattern.compile("East|West|North|South|New|Old|San|Santa|Santo|São|Los|Las"
			+ "|El|La|Le|Saint|St\\.?|Fort|Port|Mount|Lake|Palo|Baton|Bad|Rio|Salt|Grand|Little|Great|Upper|Lower");

	/** Words that close a two-word town ("Brooklyn Park", "Mountain View", "Kansas City"). */
	private static final Pattern TOWN_LAST = Pattern.compile("Park|City|Beach|Heights|Springs|Falls|Valley|View|Hills"
			+ "|Island|Bay|Harbor|Harbour|Creek|Rapids|Grove|Village|Town|Ville|Point|Haven|Lakes|Forest|Ridge");

	private Towns() {
	}

	/**
	 * The town a name ends with where a converter ran the two together, or {@code null}: its
	 * last capitalised word, with the word before it where the two read as one town ("East
	 * Vena", "Brooklyn Park", "San Francisco"); never a word after a joining word or dash
	 * ("Parker, Von and Keebler"), a legal form or a unit, and never the whole name.
	 */
	static String atEnd(String name) {
		String[] words = name.strip().split("\\s+");
		int n = words.length;
		if (n < 2 || !isTownWord(words[n - 1]) || JOINING.matcher(words[n - 2]).matches()) {
			return null;
		}
		boolean twoWords = n >= 3 && isTownWord(words[n - 2]) && !JOINING.matcher(words[n - 3]).matches()
				&& (TOWN_FIRST.matcher(words[n - 2]).matches() || TOWN_LAST.matcher(words[n - 1]).matches());
		return twoWords ? words[n - 2] + " " + words[n - 1] : words[n - 1];
	}

	private static boolean isTownWord(String word) {
		return word.matches("\\p{Lu}\\p{Ll}[\\p{L}'’-]*") && !HeadPlaces.LEGAL.matcher(word).matches()
				&& !HeadParts.isUnit(word);
	}

}

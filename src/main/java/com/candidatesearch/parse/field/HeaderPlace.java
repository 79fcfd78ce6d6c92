package com.candidatesearch.parse.field;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Location;

/**
 * Reads where a candidate lives from one stretch of the header: "Tillmanberg, Florida, US",
 * "Cheyenne Wells, CO 80810", "Bantul, DI Yogyakarta", "Lyon, France". Countries are known
 * by the JDK's locale data (ISO codes and English names), never by a list of our own; the
 * town and region by their shape, capitalised names parted by commas.
 */
final class HeaderPlace {

	/** "Florida", "DI Yogyakarta", "Rio de Janeiro": capitalised words, a few lower-case particles between. */
	private static final Pattern NAME = Pattern
		.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|del|da|do|am|an|im|sur|upon|on|la|le)){0,3}");

	/** "CO 80810", "CA 94115": a state code and its postal code. */
	private static final Pattern STATE_POSTAL = Pattern.compile("(\\p{Lu}{2,3})\\s+(\\d{4,6}(?:-\\d{4})?)");

	/** "42 Main Street", "3542 Berry Street": a house number and a street, before the town. */
	private static final Pattern STREET = Pattern.compile("\\d{1,5}[a-zA-Z]?\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,4}");

	private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

	/** English country names to their ISO codes, from the JDK ("Germany" → DE). */
	private static final Map<String, String> COUNTRY_NAMES = countryNames();

	private HeaderPlace() {
	}

	private static Map<String, String> countryNames() {
		Map<String, String> names = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			names.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
		}
		return Map.copyOf(names);
	}

	/** The ISO code of a country named or coded so ("US", "Germany"), or {@code null}. */
	static String countryCode(String text) {
		String strip = text.strip();
		if (COUNTRY_CODES.contains(strip)) {
			return strip;
		}
		return COUNTRY_NAMES.get(strip.toLowerCase(Locale.ROOT));
	}

	/** "3542 Berry Street": the street of an address, which is no headline. */
	static boolean isStreet(String text) {
		return STREET.matcher(text.strip()).matches();
	}

	/**
	 * The place one header stretch names, or {@code null} when it is no place: a job title
	 * ("Research Scientist, Machine Learning") or a name is never one.
	 *
	 * @param text the stretch, a header line or the part of one between separators
	 * @param street the stretch just before it, which may be the street of the address, or {@code null}
	 */
	static Location read(String text, String street) {
		String[] parts = text.strip().split("\\s*,\\s+");
		if (parts.length < 2 || parts.length > 3 || text.split("\\s+").length > 8 || JobTitles.looksLikeTitle(parts[0])
				|| JobTitles.looksLikeTitle(text)) {
			return null;
		}
		String city = parts[0];
		String region = parts[1];
		String country = null;
		String postal = null;
		if (parts.length == 3) {
			country = countryCode(parts[2]);
			if (country == null) {
				return null;
			}
		}
		Matcher statePostal = STATE_POSTAL.matcher(region);
		if (statePostal.matches()) {
			region = statePostal.group(1);
			postal = statePostal.group(2);
		}
		if (!NAME.matcher(city).matches() || !NAME.matcher(region).matches()) {
			return null;
		}
		String address = street != null && isStreet(street) ? street.strip() : null;
		return new Location(city, region, country, address, postal);
	}

}

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

	/** "Alfred-Delp-Str. 113", "Rue de Rivoli 8": a street with its house number after it. */
	private static final Pattern HOUSE_LAST = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,4}\\s+\\d{1,5}[a-zA-Z]?");

	/** "65757", "XS00 0GK", "SW1A 1AA": a postal code after the country. */
	/** A postal code opening a line, alone or after its state's letters: "94115 …", "CA 94115 …". */
	private static final Pattern LEADING_POSTAL = Pattern.compile("((?:\\p{Lu}{2}\\s)?\\d{4,6})\\s+(?=\\p{Lu})");

	private static final Pattern POSTAL = Pattern.compile("\\d{4,6}|\\p{Lu}{1,2}\\d[\\p{Lu}\\d]?\\s?\\d\\p{Lu}{2}");

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
	 * A whole postal address on one line, its street first: "3 Montague Street, Dublin 2,
	 * D02 V327, Ireland", "200, Rue de la Loi, 1049 Brussels (Belgium)" (the number parted from
	 * its street by a comma, as Belgian and French addresses are written); three parts or more.
	 */
	static boolean isAddressLine(String text) {
		String[] parts = text.strip().split(",\\s+");
		if (parts.length < 3) {
			return false;
		}
		return isStreetAnyOrder(parts[0]) || parts[0].matches("\\d{1,5}[a-zA-Z]?") && isStreet(parts[0] + " " + parts[1]);
	}

	/** A street with its house number before or after it ("3542 Berry Street", "Alfred-Delp-Str. 113"). */
	private static boolean isStreetAnyOrder(String text) {
		return isStreet(text) || HOUSE_LAST.matcher(text.strip()).matches();
	}

	/**
	 * The place one header stretch names, or {@code null} when it is no place: a job title
	 * ("Research Scientist, Machine Learning") or a name is never one.
	 *
	 * @param text the stretch, a header line or the part of one between separators
	 * @param street the stretch just before it, which may be the street of the address, or {@code null}
	 */
	static Location read(String text, String street) {
		List<String> parts = new ArrayList<>(List.of(text.strip().split("\\s*,\\s+")));
		String address = street != null && isStreetAnyOrder(street) ? street.strip() : null;
		String postal = null;
		if (parts.size() >= 4 && isStreetAnyOrder(parts.get(0))) {
			// "Alfred-Delp-Str. 113, Hieblburg, Bayern, DE, 65757": the whole address on one line
			address = parts.remove(0);
		}
		if (parts.size() >= 3 && POSTAL.matcher(parts.get(parts.size() - 1)).matches()
				&& countryCode(parts.get(parts.size() - 2)) != null) {
			postal = parts.remove(parts.size() - 1);
		}
		if (parts.size() == 1) {
			return spaced(text, address);
		}
		if (parts.size() > 3 || String.join(" ", parts).split("\\s+").length > 8 || JobTitles.looksLikeTitle(parts.get(0))
				|| JobTitles.looksLikeTitle(text) || parts.stream().anyMatch(LanguagesSectionParser::isSpokenLanguage)
				|| EducationSectionParser.namesDegree(parts.get(0))) {
			return null;
		}
		String city = parts.get(0);
		String region = parts.get(1);
		String country = null;
		if (parts.size() == 2 && region.matches("\\(\\p{Lu}{2}\\)") && COUNTRY_CODES.contains(region.substring(1, 3))) {
			// "Tillmanberg, (US)": a code set in brackets after the town names its country
			return NAME.matcher(city).matches() ? new Location(city, null, region.substring(1, 3), address, postal) : null;
		}
		if (parts.size() == 3) {
			country = countryCode(parts.get(2));
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
		return new Location(city, region, country, address, postal);
	}

	/**
	 * "Fatimabury Utah US": a town, its region and the country's code or name parted by spaces
	 * alone, as a theme sets them in spans of their own; the region is taken to be the last word
	 * before the country.
	 */
	private static Location spaced(String text, String address) {
		// "94115 San Francisco California US", "CA 94115 …": a postal code first, as an address's
		// second line is printed in much of the world
		Matcher postal = LEADING_POSTAL.matcher(text.strip());
		String code = postal.lookingAt() ? postal.group(1) : null;
		String[] words = (code == null ? text.strip() : text.strip().substring(postal.end())).split("\\s+");
		if (words.length < 3 || words.length > 5 || COUNTRY_CODES.contains(words[0])) {
			return null;
		}
		String country = countryCode(words[words.length - 1]);
		String city = String.join(" ", List.of(words).subList(0, words.length - 2));
		String region = words[words.length - 2];
		if (country == null || !NAME.matcher(city).matches() || !NAME.matcher(region).matches()
				|| LanguagesSectionParser.isSpokenLanguage(region) || JobTitles.looksLikeTitle(text)) {
			return null;
		}
		return new Location(city, region, country, code == null ? null : address, code);
	}

}

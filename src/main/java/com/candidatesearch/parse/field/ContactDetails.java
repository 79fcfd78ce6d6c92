package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Profile;

/**
 * Finds how to reach the candidate: e-mail, phone, personal site and the profiles on the
 * networks recruiters look at, whether written as links or as "GitHub: handle".
 */
public final class ContactDetails {

	/*
	 * Every pattern here runs over whole resumes, so each must stay linear in the text: a match
	 * may start only where an earlier start could not have reached it (the start of a run, or where
	 * the last match ended), runs that cannot give anything back are possessive, and repeated
	 * groups are bounded (a real domain has a handful of labels) so they neither backtrack without
	 * end nor recurse deep enough to overflow the stack.
	 */

	static final Pattern EMAIL = Pattern
		.compile("(?:\\G|(?<![\\w.+%-]))[\\w.+%-]++@[\\w-]++(?:\\.[\\w-]++){0,8}\\.[A-Za-z]{2,}+");

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\w/.-])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{1,4}(?:[\\s.-]\\d{2,8}){1,4}(?![\\w/-])");

	private static final Pattern URL = Pattern.compile(
			"(?i)(?:https?://)?(?:www\\.)?(?<![a-z0-9-]|[a-z0-9-]\\.)[a-z0-9][a-z0-9-]*+(?:\\.[a-z0-9-]++){0,8}\\.(?:com|org|net|io|ai|dev|me|edu|co|info|app|page|site|xyz|tech|de|fr|es|uk|ca|us|eu|no|se|dk|fi|nl|be|ch|at|it|pl|pt|br|in|jp|kr|cn|au|nz|ie)(?:/[\\w./~%#?=&+-]*)?(?![\\w@])");

	private static final Pattern LABELLED = Pattern.compile("(?i)(?<![\\w])(github|gitlab|linkedin|google scholar|gscholar"
			+ "|scholar|orcid|twitter|x|website|web|homepage|home page|site|portfolio|blog|e-?mail|mail|phone|tel|mobile|cell)"
			+ "\\s*[:：]\\s*(\\S+)");

	/** Separators left at the end of a value; the lookbehind keeps a long run of them from being rescanned at each of its characters. */
	private static final String TRAILING_SEPARATORS = "(?<![|,;])[|,;]+$";

	/** Name, e-mail, phone and a few profiles fit on a line far shorter than this. */
	private static final int MAX_CONTACT_LINE = 1000;

	private static final Pattern NOT_HOMEPAGE = Pattern.compile("(?i)(?:^|[/.])(?:doi\\.org|arxiv\\.org)|^[^/]*\\.(?:pdf|docx?)$");

	private static final Map<String, String> NETWORKS = new LinkedHashMap<>();

	static {
		NETWORKS.put("github", "GitHub");
		NETWORKS.put("gitlab", "GitLab");
		NETWORKS.put("linkedin", "LinkedIn");
		NETWORKS.put("google scholar", "Google Scholar");
		NETWORKS.put("gscholar", "Google Scholar");
		NETWORKS.put("scholar", "Google Scholar");
		NETWORKS.put("orcid", "ORCID");
		NETWORKS.put("twitter", "Twitter");
		NETWORKS.put("x", "Twitter");
	}

	private static final Pattern PROFILE_URL = Pattern.compile("(?i)(?:https?://)?(?:www\\.)?(github\\.com|gitlab\\.com|linkedin\\.com/in"
			+ "|scholar\\.google\\.[a-z.]{1,12}/citations\\?(?:[^\\s]{0,500}?&)?user=|orcid\\.org|twitter\\.com|x\\.com)/?([\\w.-]+)");

	private ContactDetails() {
	}

	public static String email(String text) {
		if (text.indexOf('@') < 0) {
			return null;
		}
		Matcher matcher = EMAIL.matcher(text);
		return matcher.find() ? matcher.group() : null;
	}

	/** A phone number: at least 7 digits, not a date range or a year. */
	public static String phone(String text) {
		if (!hasDigit(text)) {
			return null;
		}
		Matcher matcher = PHONE.matcher(text);
		while (matcher.find()) {
			String candidate = matcher.group().strip();
			long digits = candidate.chars().filter(Character::isDigit).count();
			if (digits >= 7 && digits <= 15 && DateRange.findAll(candidate).isEmpty()) {
				return candidate;
			}
		}
		return null;
	}

	public static List<Profile> profiles(String text) {
		List<Profile> profiles = new ArrayList<>();
		Matcher labelled = LABELLED.matcher(text);
		boolean colon = hasColon(text);
		while (colon && labelled.find()) {
			String network = NETWORKS.get(labelled.group(1).toLowerCase(Locale.ROOT));
			if (network != null) {
				String value = labelled.group(2).replaceAll(TRAILING_SEPARATORS, "");
				Matcher url = PROFILE_URL.matcher(value);
				profiles.add(url.find() ? new Profile(network, url.group(2), value)
						: new Profile(network, value.replaceFirst("^@", ""), null));
			}
		}
		Matcher url = PROFILE_URL.matcher(text);
		boolean dot = text.indexOf('.') >= 0;
		while (dot && url.find()) {
			String host = url.group(1).toLowerCase(Locale.ROOT);
			String network = host.startsWith("github") ? "GitHub" : host.startsWith("gitlab") ? "GitLab"
					: host.startsWith("linkedin") ? "LinkedIn" : host.startsWith("scholar") ? "Google Scholar"
							: host.startsWith("orcid") ? "ORCID" : "Twitter";
			if (profiles.stream().noneMatch(p -> p.network().equals(network))) {
				profiles.add(new Profile(network, url.group(2), url.group()));
			}
		}
		return profiles;
	}

	/** The personal website: a labelled one, else the first link that is no network profile or e-mail. */
	public static String website(String text) {
		Matcher labelled = LABELLED.matcher(text);
		boolean colon = hasColon(text);
		while (colon && labelled.find()) {
			String label = labelled.group(1).toLowerCase(Locale.ROOT);
			if (label.matches("website|web|homepage|home page|site|portfolio|blog")
					&& labelled.group(2).matches("[^\\s]+\\.[^\\s]+")) {
				return labelled.group(2).replaceAll(TRAILING_SEPARATORS, "");
			}
		}
		String withoutEmails = text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll(" ");
		Matcher url = URL.matcher(withoutEmails);
		boolean dot = text.indexOf('.') >= 0;
		while (dot && url.find()) {
			// a bare "Booking.com" in capitals names an employer, and a DOI or arXiv link a paper
			if (!PROFILE_URL.matcher(url.group()).find() && !NOT_HOMEPAGE.matcher(url.group()).find()
					&& (url.group().contains("/") || url.group().contains("www")
							|| url.group().matches("[a-z0-9-]+\\.[a-z]{2,4}"))) {
				return url.group();
			}
		}
		return null;
	}

	/** Whether a line holds nothing but contact details, so it is no part of a section's content. */
	public static boolean isContactLine(String text) {
		if (text.length() > MAX_CONTACT_LINE || (text.indexOf('@') < 0 && !hasColon(text))) {
			return false;
		}
		String rest = LABELLED.matcher(text).replaceAll(" ");
		rest = EMAIL.matcher(rest).replaceAll(" ");
		rest = PROFILE_URL.matcher(rest).replaceAll(" ");
		rest = rest.replaceAll("[|•·,;:\\s]+", "");
		return rest.isEmpty() && (email(text) != null || LABELLED.matcher(text).find());
	}

	/*
	 * Each pattern here needs a character most text lacks ("@", ":", ".", a digit); looking for it
	 * first costs a fraction of a pass, so a long line without it is not read once per pattern.
	 */

	private static boolean hasColon(String text) {
		return text.indexOf(':') >= 0 || text.indexOf('：') >= 0;
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

}

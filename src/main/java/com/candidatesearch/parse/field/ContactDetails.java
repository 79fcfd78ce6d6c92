package com.candidatesearch.parse.field;

import java.util.ArrayList;
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
		// (spaces, never a line break, inside a number: the digits of a street on the next line are none of it)
		.compile("(?<![\\w/.-])(?:\\(?\\+\\d{1,3}\\)?[\\h.-]?)?(?:\\(\\d{1,4}\\)[\\h.-]?)?\\d{1,5}(?:[\\h.-]\\d{2,8}){1,4}(?![\\w/-])");

	private static final Pattern YEAR_RANGE = Pattern.compile("([12]\\d{3})\\s?[-–]\\s?([12]\\d{3})");

	private static final Pattern URL = Pattern.compile(
			"(?i)(?:https?://)?(?:www\\.)?(?<![a-z0-9-]|[a-z0-9-]\\.)[a-z0-9][a-z0-9-]*+(?:\\.[a-z0-9-]++){0,8}\\.(?:com|org|net|io|ai|dev|me|edu|co|info|app|page|site|xyz|tech|de|fr|es|uk|ca|us|eu|no|se|dk|fi|nl|be|ch|at|it|pl|pt|br|in|jp|kr|cn|au|nz|ie)(?:/[\\w./~%#?=&+-]*)?(?![\\w@])");

	private static final Pattern LABELLED = Pattern.compile("(?i)(?<![\\w])(github|gitlab|linkedin|google scholar|gscholar"
			+ "|scholar|orcid|twitter|x|xing|stack ?overflow|bitbucket|researchgate|researcherid|telegram|whatsapp|skype"
			+ "|mastodon|instagram|facebook|kaggle|youtube|bluesky"
			+ "|website|web|homepage|home page|site|portfolio|blog|e-?mail|mail|phone|tel|mobile|cell)"
			+ "\\s*[:：]\\s*(\\S+)");

	/**
	 * An address as a token of text: a host of two to nine labels, its scheme and path optional.
	 * It starts only where a token starts, so "doe.org" of "jane@doe.org" or "matrix.org" of
	 * "@jane:matrix.org" is none.
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("(?i)(?<![\\w@./:#-])(?:https?://)?+[a-z0-9-]++(?:\\.[a-z0-9-]++){1,8}+(?:/\\S*+)?+");

	/** A user's page on a server of many: "https://mastodon.social/@jane", a handle's address. */
	private static final Pattern FEDIVERSE_PAGE = Pattern.compile("(?i)https?://([a-z0-9.-]++)/@([\\w.-]++)/?");

	/**
	 * Punctuation that closes a sentence or a list after an address, not part of it; as with
	 * the separators, the lookbehind keeps a long run from being rescanned at each character.
	 */
	private static final String CLOSING_PUNCTUATION = "(?<![.,;:)\\]|>])[.,;:)\\]|>]++$";

	/** Separators left at the end of a value; the lookbehind keeps a long run of them from being rescanned at each of its characters. */
	private static final String TRAILING_SEPARATORS = "(?<![|,;])[|,;]+$";

	/**
	 * A handle on a line of its own under its network's name: a user name as people pick them,
	 * in lower case, so "GitHub" over "Docker" in a list of tools is no profile.
	 */
	static final Pattern STACKED_HANDLE = Pattern.compile("@?[a-z0-9][a-z0-9._-]{1,38}");

	/** Name, e-mail, phone and a few profiles fit on a line far shorter than this. */
	private static final int MAX_CONTACT_LINE = 1000;

	/** A paper's address, a document, or a user's page on a server of many ("/@jane"): no personal site. */
	private static final Pattern NOT_HOMEPAGE = Pattern.compile("(?i)(?:^|[/.])(?:doi\\.org|arxiv\\.org)|^[^/]*\\.(?:pdf|docx?)$|/@");

	/** Labels that are no network's name as written. */
	private static final Map<String, String> NETWORKS = Map.of("gscholar", "Google Scholar", "scholar", "Google Scholar",
			"x", "Twitter", "skype", "Skype", "mastodon", "Mastodon");

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
			if (digits >= 7 && digits <= 15 && DateRange.findAll(candidate).isEmpty() && !yearRange(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** "1654-1660": a span of years of any century, which dates read only from 1900 on. */
	private static boolean yearRange(String candidate) {
		Matcher range = YEAR_RANGE.matcher(candidate);
		return range.matches() && Integer.parseInt(range.group(1)) <= Integer.parseInt(range.group(2));
	}

	/**
	 * The profiles on networks: "GitHub: handle" as labelled, then every address of a user's page
	 * on a known network no label named, which says both the network and the user.
	 */
	public static List<Profile> profiles(String text) {
		List<Profile> profiles = new ArrayList<>();
		Matcher labelled = LABELLED.matcher(text);
		boolean colon = hasColon(text);
		while (colon && labelled.find()) {
			String label = labelled.group(1).toLowerCase(Locale.ROOT);
			String network = NETWORKS.getOrDefault(label, Networks.named(label));
			String value = labelled.group(2).replaceAll(TRAILING_SEPARATORS, "");
			Profile linked = Networks.profile(value.replaceAll(CLOSING_PUNCTUATION, ""));
			// a network's name is no handle: "Facebook\n: LinkedIn" is a list of networks
			boolean handle = linked != null || Networks.named(value) == null;
			if (network != null && handle && profiles.stream().noneMatch(p -> p.network().equals(network))) {
				// "GitHub: jdoe" shows the handle, whatever address its link has
				profiles.add(linked != null ? linked : unlinked(network, value, text, labelled.end()));
			}
		}
		Matcher address = ADDRESS.matcher(text);
		boolean dot = text.indexOf('.') >= 0;
		while (dot && address.find()) {
			Profile profile = Networks.profile(address.group().replaceAll(CLOSING_PUNCTUATION, ""));
			if (profile != null && profiles.stream().noneMatch(p -> p.network().equals(profile.network()))) {
				profiles.add(shownHandle(profile, text, address.start()));
			}
		}
		String[] lines = text.split("\n");
		for (int i = 0; i + 1 < lines.length; i++) {
			// "GitHub" over "jdoe": a network's name as the label of the handle on the line below
			String network = Networks.named(lines[i].strip());
			String handle = lines[i + 1].strip();
			if (network != null && lines[i].strip().length() > 1 && STACKED_HANDLE.matcher(handle).matches()
					&& profiles.stream().noneMatch(p -> p.network().equals(network))) {
				profiles.add(new Profile(network, handle.replaceFirst("^@", ""), null));
			}
		}
		for (String line : lines) {
			for (Profile pair : NetworkLines.namedPairs(line)) {
				if (profiles.stream().noneMatch(p -> p.network().equals(pair.network()))) {
					profiles.add(pair);
				}
			}
		}
		for (String network : NetworkLines.listedNetworks(text)) {
			if (profiles.stream().noneMatch(p -> p.network().equals(network))) {
				profiles.add(new Profile(network, null, null));
			}
		}
		return profiles;
	}

	/**
	 * A labelled handle with no address of a known network: "@jane" is the user jane, but a
	 * fediverse handle ("@jane@mastodon.social") keeps its form; an address right after it that
	 * holds the user ("mastodon.social/@jane") is its page, and such a page alone gives the handle.
	 */
	private static Profile unlinked(String network, String value, String text, int end) {
		Matcher page = FEDIVERSE_PAGE.matcher(value);
		if (page.matches()) {
			return new Profile(network, "@" + page.group(2) + "@" + page.group(1), value);
		}
		boolean fediverse = value.matches("@[^@\\s]++@[^@\\s]++");
		String user = fediverse ? value : value.replaceFirst("^@", "");
		Matcher next = ADDRESS.matcher(text).region(end, text.length());
		String url = null;
		if (next.lookingAt() || next.region(Math.min(end + 1, text.length()), text.length()).lookingAt()) {
			String address = next.group().replaceAll(CLOSING_PUNCTUATION, "");
			String name = value.replaceFirst("^@", "").replaceFirst("@.*", "");
			url = address.matches("(?i)https?://.*") && !name.isEmpty() && address.contains("/@" + name) ? address : null;
		}
		return new Profile(network, user, url);
	}

	/**
	 * The profile with its user as the page shows it: a handle printed just before the address
	 * ("0000000/johndoe" before its Stack Overflow page, as a link's text is written before its
	 * target) is the user as the resume gives it; else the user as the address has it.
	 */
	private static Profile shownHandle(Profile profile, String text, int addressAt) {
		int end = addressAt;
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		String shown = text.substring(start, end);
		String handle = shown.startsWith("@") && !profile.username().startsWith("@") ? shown.substring(1) : shown;
		String lower = profile.url().toLowerCase(Locale.ROOT);
		boolean inAddress = !handle.isEmpty() && lower.endsWith(handle.toLowerCase(Locale.ROOT))
				&& lower.length() > handle.length() && "/=@#".indexOf(lower.charAt(lower.length() - handle.length() - 1)) >= 0;
		return inAddress && handle.contains(profile.username()) ? new Profile(profile.network(), handle, profile.url())
				: profile;
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
			// a bare "Booking.com" in capitals names an employer, and a DOI or arXiv link a paper;
			// a lower-case host with its subdomain ("jane.example.com") is a site where it stands alone
			if (!Networks.onNetwork(url.group()) && !NOT_HOMEPAGE.matcher(url.group()).find()
					&& !emailTail(url.group(), text) && (url.group().contains("/") || url.group().contains("www")
							|| url.group().matches("[a-z0-9-]+\\.[a-z]{2,4}")
							|| url.group().matches("[a-z0-9-]+(?:\\.[a-z0-9-]+){1,3}\\.[a-z]{2,4}")
									&& alone(withoutEmails, url.start(), url.end()))) {
				String joined = wrappedHost(withoutEmails, url.start(), url.group());
				return joined != null ? joined : url.group();
			}
		}
		return null;
	}

	/**
	 * Whether a host is the end of an e-mail address cut where a narrow column wrapped it
	 * ("e.com" of "jane@exampl" over "e.com"), not a domain of its own.
	 */
	private static boolean emailTail(String host, String text) {
		if (text.indexOf('@') < 0 || host.indexOf('/') >= 0) {
			return false;
		}
		Matcher email = EMAIL.matcher(text);
		String lower = host.toLowerCase(Locale.ROOT);
		while (email.find()) {
			String domain = email.group().substring(email.group().indexOf('@') + 1).toLowerCase(Locale.ROOT);
			if (domain.length() > lower.length() && domain.endsWith(lower)
					&& domain.charAt(domain.length() - lower.length() - 1) != '.') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The whole host when a bare one starting its line is the end of one a narrow column broke
	 * ("jane.exampl" over "e.com"): the line above ends in a piece of a host, and the two read
	 * together as one; else {@code null}.
	 */
	private static String wrappedHost(String text, int start, String host) {
		if (host.contains("/") || start < 2 || text.charAt(start - 1) != '\n') {
			return null;
		}
		int lineStart = text.lastIndexOf('\n', start - 2) + 1;
		String above = text.substring(lineStart, start - 1).strip();
		String piece = above.substring(above.lastIndexOf(' ') + 1);
		if (!piece.matches("[a-z0-9-]++(?:\\.[a-z0-9-]++){1,4}") || URL.matcher(piece).matches()) {
			return null;
		}
		String joined = piece + host;
		return URL.matcher(joined).matches() ? joined : null;
	}

	/** Whether the text from start to end is all of its line. */
	private static boolean alone(String text, int start, int end) {
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		return text.substring(lineStart, start).isBlank()
				&& text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
	}

	/** Whether a line holds nothing but contact details, so it is no part of a section's content. */
	public static boolean isContactLine(String text) {
		if (text.length() > MAX_CONTACT_LINE || (text.indexOf('@') < 0 && !hasColon(text))) {
			return false;
		}
		String rest = LABELLED.matcher(text).replaceAll(" ");
		rest = EMAIL.matcher(rest).replaceAll(" ");
		rest = ADDRESS.matcher(rest)
			.replaceAll(address -> Networks.onNetwork(address.group()) ? " " : Matcher.quoteReplacement(address.group()));
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

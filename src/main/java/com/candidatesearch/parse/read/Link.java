package com.candidatesearch.parse.read;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import com.candidatesearch.parse.field.Networks;

/**
 * A link as a reader meets it: its target and the text it shows. A profile printed as a
 * handle or an icon has its network only in the target, which the header never sees unless
 * the reader writes it out.
 */
final class Link {

	/** Link texts that name a personal page instead of showing it ("Website", "My homepage"). */
	private static final Pattern PAGE_WORDS = Pattern.compile("(?i).*\\b(?:web|website|homepage|home|site|page|portfolio|blog)\\b.*");

	/** Longer targets are no profile or page anyone types. */
	private static final int MAX_HREF = 500;

	private final String href;

	private final StringBuilder text = new StringBuilder();

	private int letters;

	private Link(String href) {
		this.href = href;
	}

	/** The link to this target, or {@code null} when the anchor has none. */
	static Link of(String href) {
		return href == null || href.isBlank() ? null : new Link(href.strip());
	}

	void append(char c) {
		this.text.append(c);
		if (Character.isLetterOrDigit(c)) {
			this.letters++;
		}
	}

	int letters() {
		return this.letters;
	}

	/** Whether the link goes to a place on the same page ("#experience"), as a menu's do. */
	boolean inPage() {
		return this.href.length() > 1 && this.href.charAt(0) == '#' && Character.isLetter(this.href.charAt(1));
	}

	/**
	 * The target to write after the link's text, or {@code null} when the text shows it or it is
	 * no contact.
	 *
	 * @param titled whether the link is a heading's, where a page it names is the titled thing's
	 * ("Creator, Blog"), not the candidate's
	 */
	String shownAfter(boolean titled) {
		String target = target(this.text.toString(), this.href);
		return titled && target != null && target.equals(this.href) && !isProfile(this.href) ? null : target;
	}

	/**
	 * The part of a link's target a reader needs and its text does not show: the address of a
	 * mailto link, the number of a tel link, a profile's address, a personal site's address when
	 * the text only names it; else {@code null}.
	 */
	static String target(String text, String href) {
		if (href.length() > MAX_HREF) {
			return null;
		}
		String lower = href.toLowerCase(Locale.ROOT);
		if (lower.startsWith("mailto:")) {
			String address = decode(cut(href.substring(7)));
			return text.indexOf('@') < 0 && address.indexOf('@') > 0 ? address : null;
		}
		if (lower.startsWith("tel:")) {
			String number = decode(href.substring(4));
			return digits(text) < 7 && digits(number) >= 7 ? number : null;
		}
		if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("www.")) {
			return null;
		}
		String bare = bare(lower);
		if (bare.isEmpty() || text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").contains(bare)) {
			return null;
		}
		if (isProfile(href)) {
			return href;
		}
		String shown = text.strip();
		boolean names = shown.isEmpty() || (shown.split("\\s+").length <= 4 && PAGE_WORDS.matcher(shown).matches());
		return names ? href : null;
	}

	/**
	 * Whether a link's text, its spaces taken out, is its target as written: an address that
	 * only a line break split.
	 */
	static boolean spells(String text, String href) {
		if (href.length() > MAX_HREF) {
			return false;
		}
		String lower = href.toLowerCase(Locale.ROOT);
		String joined = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
		if (lower.startsWith("mailto:")) {
			return joined.equals(decode(cut(href.substring(7))).toLowerCase(Locale.ROOT));
		}
		boolean web = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
		return web && !joined.isEmpty() && bare(joined).equals(bare(lower));
	}

	/** Whether the target is a person's page on a network the header knows, not a repository or a post. */
	private static boolean isProfile(String href) {
		return Networks.profile(href) != null;
	}

	/** The address without its scheme, "www." and a closing slash. */
	private static String bare(String lower) {
		return lower.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/$", "");
	}

	private static String cut(String address) {
		int query = address.indexOf('?');
		return query < 0 ? address : address.substring(0, query);
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
		}
		catch (IllegalArgumentException ex) {
			return value.strip();
		}
	}

	private static int digits(String text) {
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				digits++;
			}
		}
		return digits;
	}

}

package com.candidatesearch.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A piece of resume text that may be shown as a link. Resume text is untrusted, so only
 * {@code http}, {@code https} and {@code mailto} addresses become links; anything else stays text.
 *
 * @param text what the page prints
 * @param href where it links to, or {@code null} when it is not a safe address
 */
public record Link(String text, String href) {

	private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");

	private static final int MAX_LENGTH = 2000;

	/** A web address; one written without a scheme ({@code github.com/x}) is taken as https. */
	public static Link web(String text, String url) {
		String shown = text != null ? text : url;
		if (url == null || url.length() > MAX_LENGTH) {
			return new Link(shown, null);
		}
		String candidate = url.strip();
		if (!candidate.contains("://") && !candidate.contains(":") && candidate.contains(".")) {
			candidate = "https://" + candidate;
		}
		try {
			URI uri = new URI(candidate);
			String scheme = uri.getScheme();
			boolean safe = scheme != null && WEB_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))
					&& uri.getHost() != null;
			return new Link(shown, safe ? uri.toASCIIString() : null);
		}
		catch (URISyntaxException ex) {
			return new Link(shown, null);
		}
	}

	/** An e-mail address as a {@code mailto:} link when it looks like one address. */
	public static Link email(String address) {
		if (address == null || address.length() > MAX_LENGTH || !EMAIL.matcher(address.strip()).matches()) {
			return new Link(address, null);
		}
		return new Link(address, "mailto:" + address.strip());
	}

	public boolean linked() {
		return this.href != null;
	}

}

package com.candidatesearch.parse.field;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Profile;

/**
 * The networks people put on a resume, known by the address of a profile on them: the host
 * names the network, and each network puts the user in its own place in the path
 * ("linkedin.com/in/jane", "stackoverflow.com/users/123/jane", "scholar.google.com/citations?user=X").
 * Names are written as JSON Resume documents write them.
 */
public final class Networks {

	/** A network: its name, its hosts, and its profile paths with the user as the first group. */
	private record Network(String name, Pattern host, Pattern path) {
	}

	private static final String NAME = "([^/?#\\s]++)/?";

	/** A single path segment: the page of a user, not of one of their repositories or posts. */
	private static final String USER = "@?([\\w.-]++)/?";

	private static final List<Network> TABLE = List.of(network("GitHub", "github\\.com", USER),
			network("GitLab", "gitlab\\.com", USER), network("Bitbucket", "bitbucket\\.org", USER),
			network("Codeberg", "codeberg\\.org", USER), network("LinkedIn", "linkedin\\.com", "(?:in|pub)/" + NAME),
			network("Xing", "xing\\.com", "profile/" + NAME), network("Twitter", "twitter\\.com", USER),
			network("X", "x\\.com", USER), network("Stack Overflow", "stackoverflow\\.com", "users/(?:[^/?#\\s]++/)?" + NAME),
			network("ORCID", "orcid\\.org", "([\\d-]{7,19}[\\dXx])/?"),
			network("ResearchGate", "researchgate\\.net", "profile/" + NAME),
			network("ResearcherID", "researcherid\\.com", "rid/" + NAME),
			network("Google Scholar", "scholar\\.google\\.[a-z.]{2,12}", "citations\\?(?:[^\\s#]*?&)?user=([\\w-]++).*"),
			network("Telegram", "t\\.me|telegram\\.me", USER), network("WhatsApp", "wa\\.me", "\\+?(\\d{6,15})/?"),
			network("Matrix", "matrix\\.to", "#/([@!#+][^/?\\s]++)/?"), network("Bluesky", "bsky\\.app", "profile/" + NAME),
			network("Medium", "medium\\.com", "@([\\w.-]++)/?"),
			network("YouTube", "youtube\\.com", "(?:@|c/|user/|channel/)([\\w.-]++)/?"),
			network("Facebook", "facebook\\.com|fb\\.com", USER), network("Instagram", "instagram\\.com", USER),
			network("SoundCloud", "soundcloud\\.com", USER), network("Dribbble", "dribbble\\.com", USER),
			network("Behance", "behance\\.net", USER), network("Kaggle", "kaggle\\.com", USER),
			network("CodePen", "codepen\\.io", USER), network("HackerRank", "hackerrank\\.com", "(?:profile/)?" + USER),
			network("LeetCode", "leetcode\\.com", "(?:u/)?" + USER), network("Reddit", "reddit\\.com", "u(?:ser)?/" + NAME),
			network("Keybase", "keybase\\.io", USER), network("Hugging Face", "huggingface\\.co", USER),
			network("Twitch", "twitch\\.tv", USER), network("Vimeo", "vimeo\\.com", USER));

	/**
	 * Networks a handle is given on without an address a link could carry: a messenger's user
	 * name, or a Mastodon handle, whose server is the user's own.
	 */
	private static final List<String> WITHOUT_ADDRESS = List.of("Skype", "Signal", "Discord", "WeChat", "Mastodon");

	/** An address as written: scheme and "www." optional, a host, then the path and query. */
	private static final Pattern ADDRESS = Pattern
		.compile("(?i)(?:https?://)?+(?:www\\.|m\\.|[a-z]{2}\\.(?=linkedin))?+([a-z0-9.-]++)(?:/(\\S*+))?+");

	private Networks() {
	}

	private static Network network(String name, String host, String path) {
		return new Network(name, Pattern.compile("(?i)" + host), Pattern.compile(path));
	}

	/**
	 * The profile an address is, or {@code null} when it is no user's page on a known network (a
	 * repository, a post, another site).
	 *
	 * @param address the address, with or without its scheme
	 */
	public static Profile profile(String address) {
		Matcher parts = ADDRESS.matcher(address.strip());
		if (!parts.matches() || parts.group(2) == null) {
			return null;
		}
		Network network = network(parts.group(1));
		if (network == null) {
			return null;
		}
		Matcher path = network.path().matcher(parts.group(2));
		if (!path.matches()) {
			return null;
		}
		return new Profile(network.name(), path.group(1), address.strip());
	}

	/** Whether the address is on a known network's host, profile or not ("github.com/", a repository). */
	public static boolean onNetwork(String address) {
		Matcher parts = ADDRESS.matcher(address.strip());
		return parts.matches() && network(parts.group(1)) != null;
	}

	/** The network a host serves, or {@code null}. */
	private static Network network(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		for (Network network : TABLE) {
			if (network.host().matcher(lower).matches()) {
				return network;
			}
		}
		return null;
	}

	/**
	 * The network without an address an icon's glyph stands for, by the glyph's name as icon
	 * fonts give it ("skype", "discord-alt", "square-signal"), or {@code null}: such an icon is
	 * all the page shows of the network.
	 */
	public static String withoutAddress(String glyphName) {
		for (String part : glyphName.toLowerCase(Locale.ROOT).split("[\\s_.-]+")) {
			for (String network : WITHOUT_ADDRESS) {
				if (network.toLowerCase(Locale.ROOT).equals(part)) {
					return network;
				}
			}
		}
		return null;
	}

	/** The network a label or an icon's name stands for ("github", "Stack Overflow", "stackoverflow"), or {@code null}. */
	public static String named(String label) {
		String key = label.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
		for (Network network : TABLE) {
			if (network.name().toLowerCase(Locale.ROOT).replaceAll("\\s", "").equals(key)) {
				return network.name();
			}
		}
		return null;
	}

}

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.Profile;

/** Lines that name networks: rows of profile links as a page's text gives them. */
final class NetworkLines {

	/** A line listing a handful of networks by name is far shorter than this. */
	private static final int MAX_NAME_LIST = 120;

	private NetworkLines() {
	}

	/**
	 * "LinkedIn mwatsica-mgr Twitter mwatsica": a line of nothing but networks' names each
	 * followed by a handle, as a page's text gives a row of profile links; else none.
	 */
	static List<Profile> namedPairs(String line) {
		String[] tokens = line.strip().split("\\s+");
		List<Profile> pairs = new ArrayList<>();
		int i = 0;
		while (i < tokens.length) {
			int width = Networks.named(tokens[i]) != null ? 1
					: i + 1 < tokens.length && Networks.named(tokens[i] + " " + tokens[i + 1]) != null ? 2 : 0;
			if (width == 0 || i + width >= tokens.length) {
				return List.of();
			}
			String network = Networks.named(String.join(" ", List.of(tokens).subList(i, i + width)));
			String handle = tokens[i + width];
			if (!ContactDetails.STACKED_HANDLE.matcher(handle).matches() || Networks.named(handle) != null) {
				return List.of();
			}
			pairs.add(new Profile(network, handle.replaceFirst("^@", ""), null));
			i += width + 1;
		}
		return pairs;
	}

	/**
	 * Networks named and nothing else, two or more on a line or on lines running together
	 * ("LinkedIn · Twitter", or "Facebook" over "Instagram" beside their icons): the resume lists
	 * where the candidate is, its links (if any) behind the names.
	 */
	static List<String> listedNetworks(String text) {
		List<String> listed = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : text.split("\n")) {
			List<String> names = networkNames(line);
			if (names.isEmpty()) {
				listed.addAll(run.size() >= 2 ? run : List.of());
				run.clear();
			}
			run.addAll(names);
		}
		listed.addAll(run.size() >= 2 ? run : List.of());
		return listed;
	}

	/** The networks a line names when it names networks and nothing else, else none. */
	private static List<String> networkNames(String line) {
		String rest = line.replaceFirst("^[^\\p{L}]++", "").strip();
		if (rest.isEmpty() || rest.length() > MAX_NAME_LIST) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String token : rest.split("[\\s·•|,/]+")) {
			String network = Networks.named(token);
			// "X" alone is a letter far more often than the network
			if (network == null || token.length() < 2) {
				return List.of();
			}
			names.add(network);
		}
		return names;
	}

}

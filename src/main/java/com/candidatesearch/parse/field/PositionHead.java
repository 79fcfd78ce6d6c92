package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a job entry read as employer, position and location, from one line ("Senior
 * Engineer, Shopify, Ottawa", "Nubank | Director of Engineering") or several (a title line,
 * then "Flipkart, Bengaluru").
 *
 * @param employer the organisation, or {@code null}
 * @param position the job title, or {@code null}
 * @param location the place, or {@code null}
 */
public record PositionHead(String employer, String position, String location) {

	/** "(Atlanta, Georgia)": a parenthesised place after the employer. */
	private static final Pattern PLACE = Pattern.compile("\\(([^()]*[,&][^()]*|[A-Z][\\p{L} .-]+)\\)");

	/** The separators resumes put between employer, title and place. */
	private static final Pattern SEPARATOR = Pattern.compile("\\s+[–—|·•]\\s+|\\s+-\\s+|,\\s+");

	/** Words that end a team, lab or department's name. */
	private static final Pattern UNIT = Pattern.compile("(?i)\\b(?:team|group|lab|labs|division|department|unit|squad)$");

	/** A town, a region or a country: one to three capitalised words, or a state code. */
	private static final Pattern PLACE_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|del|am|sur|upon)){0,2}|\\p{Lu}{2}");

	static PositionHead of(String text) {
		Matcher place = PLACE.matcher(text);
		while (place.find()) {
			String before = text.substring(0, place.start()).strip();
			String after = text.substring(place.end()).strip().replaceAll("^[,–—|-]\\s*", "");
			if (!before.isEmpty() && !after.isEmpty() && place.group(1).matches("\\p{Lu}.*")
					&& !place.group(1).matches("\\p{Lu}{2,6}")) {
				return new PositionHead(before, after, place.group(1).strip());
			}
		}
		int at = text.indexOf(" at ");
		if (at > 0 && JobTitles.looksLikeTitle(text.substring(0, at))) {
			return new PositionHead(text.substring(at + 4).strip(), text.substring(0, at).strip(), null);
		}
		PositionHead segmented = bySegments(text);
		return segmented != null ? segmented : bySuffix(text);
	}

	/**
	 * A further head line: the employer (and place) under a title line, or the title under an
	 * employer line; {@code null} when the line adds neither.
	 */
	PositionHead complete(String text) {
		String rest = text.strip().replaceAll("^[·•|,–—-]+\\s*|[·•|,–—-]+$", "").strip();
		if (rest.isEmpty()) {
			return null;
		}
		if (this.location == null && this.employer != null && isPlace(rest)) {
			return new PositionHead(this.employer, this.position, rest);
		}
		if (this.position == null && JobTitles.looksLikeTitle(rest)) {
			return new PositionHead(this.employer, rest, this.location);
		}
		if (this.employer == null && this.position != null) {
			PositionHead other = of(rest);
			if (other.position == null && other.employer != null) {
				return new PositionHead(other.employer, this.position,
						this.location != null ? this.location : other.location);
			}
		}
		return null;
	}

	/**
	 * "Title, Company, City", "Company | Title", "Company — Title": the title is the part that
	 * reads as one, the employer the first other part, and places after the employer the
	 * location.
	 */
	private static PositionHead bySegments(String text) {
		String line = text.strip();
		List<String> parts = new ArrayList<>();
		Matcher separator = SEPARATOR.matcher(line);
		int from = 0;
		String before = null;
		while (true) {
			boolean found = separator.find();
			String part = line.substring(from, found ? separator.start() : line.length()).strip();
			int last = parts.size() - 1;
			if (last >= 0 && UNIT.matcher(part).find() && !JobTitles.looksLikeTitle(parts.get(last))) {
				// "Google – Platforms Team": a team or lab qualifier stays with its organisation
				parts.set(last, parts.get(last) + before + part);
			}
			else if (!part.isEmpty()) {
				parts.add(part);
			}
			if (!found) {
				break;
			}
			before = separator.group();
			from = separator.end();
		}
		if (parts.size() < 2) {
			return null;
		}
		int title = -1;
		for (int i = 0; i < parts.size() && title < 0; i++) {
			if (JobTitles.looksLikeTitle(parts.get(i))) {
				title = i;
			}
		}
		int employer = title == 0 ? 1 : 0;
		List<String> places = new ArrayList<>();
		List<String> other = new ArrayList<>();
		for (int i = employer + 1; i < parts.size(); i++) {
			if (i == title) {
				continue;
			}
			(isPlace(parts.get(i)) && other.isEmpty() ? places : other).add(parts.get(i));
		}
		if (title < 0 && places.isEmpty() || !other.isEmpty()) {
			return null;
		}
		return new PositionHead(parts.get(employer), title < 0 ? null : parts.get(title),
				places.isEmpty() ? null : String.join(", ", places));
	}

	/** "Ottawa", "Seattle, WA", "Tokyo, Japan": one place name, or a town and its region. */
	static boolean isPlace(String text) {
		String[] parts = text.strip().split(",\\s+");
		if (parts.length > 2 || JobTitles.looksLikeTitle(text)) {
			return false;
		}
		for (String part : parts) {
			if (!PLACE_NAME.matcher(part).matches()) {
				return false;
			}
		}
		return true;
	}

	/** "University of Oregon Graduate Researcher": the title is the run of title words at the end. */
	private static PositionHead bySuffix(String text) {
		String[] tokens = text.strip().split("\\s+");
		int end = tokens.length - 1;
		if (!JobTitles.isHead(tokens[end])) {
			return JobTitles.looksLikeTitle(text) ? new PositionHead(null, text.strip(), null)
					: new PositionHead(text.strip(), null, null);
		}
		int start = end;
		while (start > 0 && JobTitles.isTitleWord(tokens[start - 1]) && !tokens[start - 1].endsWith(")")) {
			start--;
		}
		while (start > 0 && tokens[start].matches("(?i)&|and|of|/")) {
			start++;
		}
		if (start == 0) {
			return new PositionHead(null, text.strip(), null);
		}
		List<String> employer = new ArrayList<>(Arrays.asList(tokens).subList(0, start));
		List<String> title = new ArrayList<>(Arrays.asList(tokens).subList(start, tokens.length));
		int closing = lastClosingParenthesis(employer);
		if (closing >= 0 && closing < employer.size() - 1) {
			title.addAll(0, employer.subList(closing + 1, employer.size()));
			employer = employer.subList(0, closing + 1);
		}
		else if (employer.size() == 2 && employer.get(0).matches("\\p{Lu}[\\p{Lu}\\d&]+")
				&& employer.get(1).matches("\\p{Lu}\\p{Ll}+")) {
			// "NVIDIA Metropolis Intern": a team or product name between an acronym employer
			// and the role belongs to the role
			title.add(0, employer.remove(1));
		}
		return new PositionHead(String.join(" ", employer), String.join(" ", title), null);
	}

	private static int lastClosingParenthesis(List<String> tokens) {
		for (int i = tokens.size() - 1; i >= 0; i--) {
			if (tokens.get(i).endsWith(")")) {
				return i;
			}
		}
		return -1;
	}

}

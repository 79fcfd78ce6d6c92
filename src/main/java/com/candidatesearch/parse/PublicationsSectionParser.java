package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Publication;

/**
 * Reads citations: "Authors. Title. Venue, Year." as ACM, IEEE or APA-like styles print
 * them, and the unpunctuated "Authors Title Venue Year" lines people type; an italic or
 * bold run marks the title when there is one.
 */
final class PublicationsSectionParser {

	private static final Pattern YEAR_AT_END = Pattern.compile("[,.]?\\s*\\(?((?:19|20)\\d{2})\\)?[.,]?\\s*$");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu})(?<!\\bal)(?<!\\bet)[.?!][\"”]?\\s+(?=[\\p{Lu}\\d\"“(])");

	private PublicationsSectionParser() {
	}

	static List<Publication> parse(List<Line> lines) {
		List<Publication> publications = new ArrayList<>();
		for (Line line : lines) {
			Publication publication = parse(line);
			if (publication != null) {
				publications.add(publication);
			}
		}
		return publications;
	}

	static Publication parse(Line line) {
		String text = line.text().strip();
		AuthorList authors = AuthorList.read(text);
		String rest = text.substring(authors.end()).replaceFirst("^[\\s.,:;]+", "");
		String title = emphasisedTitle(line, rest);
		String venue;
		if (title != null) {
			int at = rest.indexOf(title);
			venue = rest.substring(at + title.length());
		}
		else {
			Matcher end = SENTENCE_END.matcher(rest);
			if (end.find() && end.start() > 0) {
				title = rest.substring(0, end.start());
				venue = rest.substring(end.end());
			}
			else {
				String[] split = VenueTail.split(rest);
				title = split[0];
				venue = split[1];
			}
		}
		venue = venue.replaceFirst("^[\\s.,:;]+", "").strip();
		String year = null;
		Matcher trailing = YEAR_AT_END.matcher(venue);
		if (trailing.find()) {
			year = trailing.group(1);
			if (trailing.group().matches("^\\s*[,.(].*")) {
				venue = venue.substring(0, trailing.start());
			}
		}
		else {
			DateRange date = DateRange.find(venue);
			year = date == null ? null : date.start().substring(0, 4);
		}
		venue = venue.replaceFirst("[\\s.,]+$", "");
		title = title.replaceAll("^[\\s\"“”'‘’]+|[\\s\"“”'‘’.,]+$", "");
		if (title.isEmpty()) {
			return null;
		}
		return new Publication(title, venue.isEmpty() ? null : venue, year, null, null, authors.names());
	}

	private static String emphasisedTitle(Line line, String rest) {
		for (String run : line.emphasis()) {
			String clean = run.strip().replaceAll("[\\s.,]+$", "");
			if (clean.split("\\s+").length >= 2 && rest.contains(clean) && AuthorList.read(clean).names().isEmpty()) {
				return clean;
			}
		}
		return null;
	}

}

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads citations: "Authors. Title. Venue, Year." as ACM, IEEE or APA-like styles print
 * them, and the unpunctuated "Authors Title Venue Year" lines people type; an italic or
 * bold run marks the title when there is one.
 */
public final class PublicationsSectionParser {

	private static final Pattern YEAR_AT_END = Pattern.compile("[,.]?\\s*\\(?((?:19|20)\\d{2})\\)?[.,]?\\s*$");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu})(?<!\\bal)(?<!\\bet)[.?!][\"”]?\\s+(?=[\\p{Lu}\\d\"“(])");

	private static final Pattern LOOSE_SENTENCE_END = Pattern.compile("(?<!\\b\\p{Lu})[.?!]\\s+(?=\\p{L})");

	private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

	private PublicationsSectionParser() {
	}

	public static List<Publication> parse(List<Line> lines) {
		List<Line> content = PublicationEntries.withoutGroupHeadings(lines);
		if (PublicationEntries.areEntries(content)) {
			return PublicationEntries.read(content);
		}
		List<Publication> publications = new ArrayList<>();
		String year = null;
		for (Line line : content) {
			if (DateRange.isDateOnly(line.text())) {
				// "1669" over its citation: the year set in a column of its own
				year = DateRange.find(line.text()).start();
				continue;
			}
			Publication publication = parse(line);
			if (publication != null) {
				if (publication.releaseDate() == null && year != null) {
					publication = new Publication(publication.name(), publication.publisher(), year, publication.url(),
							publication.summary(), publication.authors());
				}
				publications.add(publication);
			}
			year = null;
		}
		return publications;
	}

	static Publication parse(Line line) {
		// "[3]", "3." or "(3)" numbering a reference list is markup, not part of the authors
		String text = line.text().strip().replaceFirst("^(?:\\[\\d{1,3}\\]|\\(\\d{1,3}\\)|\\d{1,3}\\.)\\s+", "");
		AuthorList apa = CitationStyle.apaAuthors(text);
		AuthorList authors = apa != null ? apa : AuthorList.read(text);
		String rest = text.substring(authors.end()).replaceFirst("^[\\s.,:;]+", "");
		Publication styled = styled(rest, authors.names());
		if (styled != null) {
			return styled;
		}
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
			year = date == null || date.start() == null ? null : date.start().substring(0, 4);
		}
		venue = venue.replaceFirst("[\\s.,]+$", "");
		title = title.replaceAll("^[\\s\"“”'‘’]+|[\\s\"“”'‘’.,]+$", "");
		if (title.isEmpty()) {
			return null;
		}
		return new Publication(title, venue.isEmpty() ? null : venue, year, null, null, authors.names());
	}

	/**
	 * A citation whose style marks its parts: a year right after the authors (ACM, APA) or a
	 * quoted title (IEEE). {@code null} for the loosely punctuated lines people type.
	 */
	private static Publication styled(String rest, List<String> authors) {
		String year = CitationStyle.leadingYear(rest);
		String body = CitationStyle.afterLeadingYear(rest);
		String title;
		String tail;
		String[] quoted = CitationStyle.quotedTitle(body);
		if (quoted != null) {
			title = quoted[0];
			tail = quoted[1];
		}
		else if (year != null) {
			Matcher end = SENTENCE_END.matcher(body);
			if (!end.find()) {
				// "… Weak Supervision. arXiv preprint …": a venue may open in lower case
				end = LOOSE_SENTENCE_END.matcher(body);
				if (!end.find()) {
					return null;
				}
			}
			title = body.substring(0, end.start() + 1).replaceAll("\\.$", "");
			tail = body.substring(end.end());
		}
		else {
			return null;
		}
		if (year == null) {
			Matcher years = ANY_YEAR.matcher(tail);
			while (years.find()) {
				year = years.group(1);
			}
		}
		String venue = CitationStyle.venue(tail);
		return new Publication(title, venue.isEmpty() ? null : venue, year, CitationStyle.url(tail), null, authors);
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

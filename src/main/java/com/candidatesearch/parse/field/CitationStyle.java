package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a citation that the common styles mark with punctuation: IEEE's quoted title
 * ("A. Author and B. Author, “Title,” in Proc. X, 2020, pp. 1–10."), the year that ACM
 * ("Authors. 2020. Title. In Proceedings of X.") and APA ("Author, A., &amp; Author, B. (2020).
 * Title. Venue, 12(3), 45–67.") print right after the authors, and the volume, pages, DOI
 * and link that follow the venue.
 */
public final class CitationStyle {

	/** "(2023). " or "2022. ": the year right after the authors. */
	private static final Pattern LEADING_YEAR = Pattern.compile("^\\(?((?:19|20)\\d{2})[a-z]?\\)?\\.\\s+");

	/** “Title,” or "Title," : IEEE's quoted title, with the comma inside the quotes. */
	private static final Pattern QUOTED = Pattern.compile("^[“\"](.+?)[,.]?[”\"][,.]?\\s*");

	/** "Lindqvist, E., Berg, A., & Hassan, M." : APA's surname-first authors. */
	private static final Pattern APA_AUTHOR = Pattern
		.compile("\\G(?:,?\\s*(?:&|and)?\\s*)(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?,\\s(?:\\p{Lu}\\.\\s?(?:-\\p{Lu}\\.)?)+)");

	private static final Pattern DOI = Pattern.compile("(?i)(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)(10\\.\\d{4,9}/\\S+?)[.,;]?(?=\\s|$)");

	private static final Pattern LINK = Pattern.compile("https?://\\S+?(?=[.,;]?(?:\\s|$))");

	/** Where the venue ends: volume, issue, pages, month, year or a link. */
	private static final Pattern VENUE_END = Pattern.compile("(?i),?\\s*(?:\\bvol\\.|\\bno\\.|\\bpp?\\.\\s*\\d|\\d+\\s*\\(\\d+\\)|\\d+,\\s*\\d+\\s*[–-]"
			+ "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(?:19|20)\\d{2}"
			+ "|(?<![:\\d.])(?:19|20)\\d{2}(?!\\.\\d)(?=\\s*(?:[.,;)]|$))|doi:|https?://)");

	/** ". ACM" at the end of a venue: the publishing house, which the venue name already implies. */
	private static final Pattern HOUSE = Pattern.compile("\\.\\s+(?:ACM|IEEE|Springer|Elsevier|Wiley|Springer Nature|MIT Press|"
			+ "Cambridge University Press|Oxford University Press|PMLR|AAAI Press|OpenReview\\.net)\\s*$");

	private CitationStyle() {
	}

	/**
	 * The authors of an APA citation and where they end, or {@code null} when the citation
	 * does not open with surname-first authors followed by "(year)".
	 */
	static AuthorList apaAuthors(String text) {
		Matcher author = APA_AUTHOR.matcher(text);
		List<String> names = new ArrayList<>();
		int end = 0;
		while (author.find()) {
			names.add(author.group(1).strip());
			end = author.end();
		}
		if (names.isEmpty() || !LEADING_YEAR.matcher(text.substring(end).strip()).find()) {
			return null;
		}
		return new AuthorList(names, end);
	}

	/** The year printed right after the authors, or {@code null}. */
	static String leadingYear(String rest) {
		Matcher year = LEADING_YEAR.matcher(rest);
		return year.find() ? year.group(1) : null;
	}

	/** The text after the leading year. */
	static String afterLeadingYear(String rest) {
		Matcher year = LEADING_YEAR.matcher(rest);
		return year.find() ? rest.substring(year.end()) : rest;
	}

	/** The quoted title and what follows it, or {@code null} when the title is not quoted. */
	static String[] quotedTitle(String rest) {
		Matcher quoted = QUOTED.matcher(rest);
		return quoted.find() ? new String[] { quoted.group(1).strip(), rest.substring(quoted.end()) } : null;
	}

	/** The DOI as a link, else the first link of the citation, or {@code null}. */
	static String url(String text) {
		Matcher doi = DOI.matcher(text);
		if (doi.find()) {
			return "https://doi.org/" + doi.group(1);
		}
		Matcher link = LINK.matcher(text);
		while (link.find()) {
			// a person's page on a network is the author's profile, not the paper's
			if (Networks.profile(link.group()) == null) {
				return link.group();
			}
		}
		return null;
	}

	/**
	 * The venue as named, without "In", volume, pages, date, link or publishing house:
	 * "In Proceedings of X. ACM. https://…" gives "Proceedings of X".
	 */
	static String venue(String tail) {
		String venue = tail.strip().replaceFirst("^(?i:in)(?::\\s*|\\s+)", "");
		Matcher end = VENUE_END.matcher(venue);
		if (end.find() && end.start() > 0) {
			venue = venue.substring(0, end.start());
		}
		venue = venue.replaceAll("[\\s.,;:(]+$", "");
		return HOUSE.matcher(venue).replaceFirst("").replaceAll("[\\s.,;:]+$", "");
	}

}

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.section.SectionKind;

/**
 * Publications a resume sets as entries rather than citations: a title line, then its date,
 * venue, authors and link on lines of their own, and a sentence or two about it. Also tells
 * the sub-headings that group a list ("Journal Articles", "Conference Papers") from entries.
 */
final class PublicationEntries {

	/** "[3] J. Doe. Title, 2020.": a numbered reference. */
	private static final Pattern NUMBERED = Pattern.compile("^\\[\\d{1,3}\\]\\s+\\S");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

	/** "10.1234/neurips.2023.1234 (NeurIPS 2023)": a bare DOI, and the venue in parentheses after it. */
	private static final Pattern BARE_DOI = Pattern.compile("^(10\\.\\d{4,9}/\\S+)(?:\\s+\\((.+)\\))?$");

	/** "Journal Articles", "Peer-reviewed Conference Papers", "Books": the words of a list's sub-headings. */
	private static final Set<String> KINDS = Set.of("publications", "publication", "articles", "article", "papers",
			"paper", "journal", "journals", "conference", "conferences", "proceedings", "books", "book", "chapters",
			"chapter", "workshop", "workshops", "preprints", "preprint", "patents", "patent", "theses", "thesis",
			"dissertation", "posters", "abstracts", "reports", "talks", "presentations", "manuscripts", "reviews",
			"refereed", "peer", "reviewed", "selected", "other", "international", "national", "edited", "invited",
			"technical", "working", "submitted", "preparation", "under", "review", "in", "and", "of", "the", "first",
			"authored", "co", "magazine", "magazines", "press", "media", "non");

	private PublicationEntries() {
	}

	/** The lines without the sub-headings that group them ("Journal Articles"), which are no publications. */
	static List<Line> withoutGroupHeadings(List<Line> lines) {
		List<Line> kept = new ArrayList<>();
		for (Line line : lines) {
			if (!isGroupHeading(line)) {
				kept.add(line);
			}
		}
		return kept;
	}

	/**
	 * Whether the line is a sub-heading naming a kind of publication: every word one of
	 * {@link #KINDS}, or, set as a heading, ending with one ("Books" behind an icon's name).
	 */
	private static boolean isGroupHeading(Line line) {
		String text = line.text().strip();
		if (line.isItem() || YEAR.matcher(text).find() || text.split("\\s+").length > 6) {
			return false;
		}
		String[] words = SectionKind.key(text).split(" ");
		boolean set = line.isHeading() || line.bold() || line.kind() == Line.Kind.LABEL;
		boolean named = false;
		boolean others = false;
		for (String word : words) {
			others |= !KINDS.contains(word);
			named |= KINDS.contains(word) && !word.matches("in|and|of|the|co|non|selected|other|under|first");
		}
		// (a title set as a heading may end with a kind's word too: "Video compression for 3d media")
		return named && (!others || (set && words.length <= 3 && KINDS.contains(words[words.length - 1])));
	}

	/** Whether the lines are entries (title, date, venue on lines of their own), not a citation a line. */
	static boolean areEntries(List<Line> lines) {
		int citations = 0;
		int others = 0;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			String text = line.text().strip();
			if (DateRange.isDateOnly(text)) {
				continue;
			}
			// (an item with its date on the line under it is an entry's title: a citation holds its year)
			boolean datedBelow = i + 1 < lines.size() && DateRange.isDateOnly(lines.get(i + 1).text().strip());
			if (line.isItem() && text.split("\\s+").length >= 6 && !datedBelow) {
				// a list of long items is a list of citations, however they are punctuated
				citations++;
				continue;
			}
			if (isCitation(text)) {
				citations++;
			}
			else {
				others++;
			}
		}
		return others > citations;
	}

	/** Whether the line is a whole citation: authors, a quoted title or a number, and a year. */
	static boolean isCitation(String text) {
		if (text.split("\\s+").length < 6) {
			return false;
		}
		if (NUMBERED.matcher(text).find()) {
			return true;
		}
		boolean authored = CitationStyle.apaAuthors(text) != null || !AuthorList.read(text).names().isEmpty()
				|| text.matches(".*[“\"].{10,}[”\"].*");
		return authored && YEAR.matcher(text).find();
	}

	/** The publications of entries: each a title line with its date, venue, authors, link and summary. */
	static List<Publication> read(List<Line> lines) {
		List<Publication> publications = new ArrayList<>();
		for (Entry entry : group(lines)) {
			DateRange dates = entry.dates();
			List<String> rest = new ArrayList<>();
			for (Line line : entry.head) {
				String text = line.text();
				if (dates != null && dates.equals(DateRange.find(text)) && DateRange.isDateOnly(text)) {
					// "Published on: Jun 01, 2023": the date and the words that label it
					continue;
				}
				if (dates != null && dates.equals(DateRange.find(text))) {
					text = dates.removeFrom(text);
				}
				if (!text.isBlank()) {
					rest.add(text.strip());
				}
			}
			rest.addAll(entry.body);
			rest.addAll(entry.items);
			if (rest.isEmpty()) {
				continue;
			}
			publications.add(publication(rest, dates));
		}
		return publications;
	}

	/**
	 * The entries: where the first title is set apart (a heading, bold), every line set so
	 * opens one, whatever dates the lines under it carry (a DOI holds a year); else entries are
	 * told apart by where their dates fall, as jobs are.
	 */
	private static List<Entry> group(List<Line> lines) {
		Line first = lines.get(0);
		if (!first.isHeading() && !first.bold()) {
			return Entry.group(lines);
		}
		List<Entry> entries = new ArrayList<>();
		List<Line> current = new ArrayList<>();
		for (Line line : lines) {
			// (a date set in bold under its title is no title of its own)
			boolean title = (line.isHeading() ? line.level() == first.level() : !first.isHeading() && line.bold())
					&& !DateRange.isDateOnly(line.text());
			if (title && !current.isEmpty()) {
				entries.add(Entry.headed(current));
				current = new ArrayList<>();
			}
			current.add(line);
		}
		entries.add(Entry.headed(current));
		return entries;
	}

	private static Publication publication(List<String> lines, DateRange dates) {
		String title = lines.get(0);
		Publication cited = isCitation(title) ? PublicationsSectionParser.parse(Line.text(title)) : null;
		String venue = cited == null ? null : cited.publisher();
		String url = cited == null ? null : cited.url();
		List<String> authors = new ArrayList<>(cited == null ? List.of() : cited.authors());
		List<String> summary = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			Matcher doi = BARE_DOI.matcher(line);
			if (doi.matches()) {
				url = url == null ? "https://doi.org/" + doi.group(1) : url;
				venue = venue == null ? doi.group(2) : venue;
			}
			else if (CitationStyle.url(line) != null && line.split("\\s+").length <= 2) {
				url = url == null ? CitationStyle.url(line) : url;
			}
			else if (authors.isEmpty() && namesAuthors(line)) {
				authors.addAll(List.of(line.split(",\\s*|\\s+and\\s+|\\s*&\\s*")).stream().map(String::strip)
					.filter(name -> !name.isEmpty()).toList());
			}
			else if (venue == null && !isSentence(venue(line))) {
				venue = venue(line).replaceAll("[\\s.,;]+$", "");
			}
			else {
				summary.add(line);
			}
		}
		Matcher link = TITLE_LINK.matcher(title);
		if (cited == null && link.matches()) {
			// "Jane Fullstacker's Blog http://janef.me": the title's link, as a Markdown or HTML
			// title linked to the publication is read
			title = link.group(1);
			url = url == null ? link.group(2) : url;
		}
		Matcher named = TITLE_VENUE.matcher(title);
		int glue = cited == null ? Glue.at(title) : -1;
		if (glue > 0) {
			// "… Polysynthetic LanguagesProceedings of INTERSPEECH": the title and the venue set
			// under it, run together by a converter; a venue on a line of its own is a summary then
			if (venue != null) {
				summary.add(0, venue);
			}
			venue = title.substring(glue).strip();
			title = title.substring(0, glue);
		}
		else if (cited == null && venue == null && named.matches()) {
			// "Censored Demand and the Cost of Empty Shelves, International Journal of Forecasting":
			// the venue named after the title's one comma
			title = named.group(1);
			venue = named.group(2);
		}
		else if (cited == null && venue == null && IN_VENUE.matcher(title).matches()) {
			// "Censored Demand and the Cost of Empty Shelves in International Journal of Forecasting"
			Matcher in = IN_VENUE.matcher(title);
			in.matches();
			title = in.group(1);
			venue = in.group(2);
		}
		String name = cited == null ? title.replaceAll("^[\\s\"“”'‘’]+|[\\s\"“”'‘’.,]+$", "") : cited.name();
		String date = dates != null ? dates.start() : cited == null ? null : cited.releaseDate();
		return new Publication(name, venue, date, url, summary.isEmpty() ? null : String.join(" ", summary), authors);
	}

	/** A title with a link after it and nothing more. */
	private static final Pattern TITLE_LINK = Pattern.compile("(.+?)\\s+(https?://\\S+)");

	/**
	 * "Title Words, Venue Name": a title with no other comma, then two to eight words each
	 * capitalised or a small word between them, as a venue is named.
	 */
	private static final Pattern TITLE_VENUE = Pattern.compile("([^,]{8,}),\\s+(\\p{Lu}[\\p{L}\\d.&'’-]*"
			+ "(?:\\s+(?:\\p{Lu}[\\p{L}\\d.&'’-]*|of|on|for|and|the|in|de|&)){1,7})");

	/**
	 * "Title Words in Venue Name": the title, then "in" and a venue that names itself one
	 * ("… Journal of …", "ACM Computing Surveys"), as themes print a publication on one line.
	 * Without such a word the tail is the title's own ("Fairness in Machine Learning").
	 */
	private static final Pattern IN_VENUE = Pattern.compile("(\\S+(?:\\s+\\S+){2,}?)\\s+in\\s+((?=(?:\\S+\\s+){0,4}"
			+ "(?:Journal|Proceedings|Transactions|Conference|Symposium|Workshop|Review|Letters|Surveys|Magazine|Annals|Bulletin"
			+ "|ACM|IEEE|arXiv|Nature)\\b)\\p{Lu}[\\p{L}\\d.&'’-]*"
			+ "(?:\\s+(?:\\p{Lu}[\\p{L}\\d.&'’-]*|of|on|for|and|the|in|de|&)){0,9})");

	/** The line without the words that introduce a venue ("Published by IEEE", "Published in Nature"). */
	private static String venue(String line) {
		return line.strip().replaceFirst("^(?i:published|appeared)\\s+(?i:by|in)\\s+(?=\\S)", "");
	}

	/** "John Doe, Sarah Williams, David Park": a line of two or more names and nothing else. */
	private static boolean namesAuthors(String line) {
		String[] names = line.strip().replaceAll("[.,]$", "").split(",\\s*|\\s+and\\s+|\\s*&\\s*");
		if (names.length < 2 || line.matches(".*\\d.*")) {
			return false;
		}
		for (String name : names) {
			if (!name.strip().matches("[*†‡]*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}[*†‡]*")) {
				return false;
			}
		}
		return true;
	}

	/** A sentence about the publication ("A post-hoc method for …."), not a venue's name. */
	private static boolean isSentence(String line) {
		String text = line.strip();
		return text.endsWith(".") && text.split("\\s+").length > 4 || text.split("\\s+").length > 14;
	}

}

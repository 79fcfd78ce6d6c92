package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.field.ContactDetails;
import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.field.LinkLabels;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.section.Section;
import com.candidatesearch.parse.section.SectionKind;
import com.candidatesearch.parse.section.SectionSplitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lines of a resume that no part of its parse took. Each field parser keeps what it
 * recognises and may pass over the rest, and a section of an unknown kind is taken by none,
 * so rather than have every stage report what it left, the finished parse is read back: a
 * line whose words are mostly missing from every value of the parse was dropped somewhere,
 * and the recruiter is told so instead of losing it unseen.
 */
final class UnplacedLines {

	/** Words of at least three letters: shorter ones are joining words or initials. */
	private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

	/**
	 * Words a parse turns into values of another form or leaves out by design: month names and
	 * "present" become dates, joining words and contact labels are no value of their own.
	 */
	private static final Set<String> NOT_VALUES = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
			"october", "november", "december", "present", "current", "now", "today", "ongoing", "since", "and", "the",
			"for", "with", "from", "into", "than", "this", "that", "our", "was", "were", "are", "has", "had", "have",
			"contact", "kontakt", "email", "mail", "phone", "telephone", "telefon", "tel", "mobile", "cell", "address",
			"web", "website", "www", "http", "https", "com", "org", "net");

	/**
	 * How much of a line and of a value is read: a resume's line is far shorter and its longest
	 * value a few thousand characters, and a hostile file of one endless line must not cost a
	 * fold of megabytes on top of its parse.
	 */
	private static final int LINE_CHARS = 1_000;

	private static final int VALUE_CHARS = 20_000;

	static final int KEPT_LINES = 500;

	static final int KEPT_CHARS = 300;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private UnplacedLines() {
	}

	/**
	 * The lines of the split that the parse did not take, in reading order: every line of a
	 * section of no known kind, and any other line (header or section body, not a contact line)
	 * fewer than half of whose words appear in the parse's values.
	 */
	static List<String> of(SectionSplitter.Split split, ParsedResume resume) {
		Set<String> placed = new HashSet<>();
		words(MAPPER.valueToTree(resume), placed);
		List<String> unplaced = new ArrayList<>();
		for (Line line : split.header()) {
			if (!taken(line.text(), placed)) {
				unplaced.add(line.text());
			}
		}
		for (Section section : split.sections()) {
			for (Line line : section.lines()) {
				if (section.kind() == SectionKind.OTHER ? !ContactDetails.isContactLine(head(line.text(), LINE_CHARS))
						: !taken(line.text(), placed)) {
					unplaced.add(line.text());
				}
			}
		}
		return unplaced;
	}

	/**
	 * The lines as they are kept with the profile: the first {@link #KEPT_LINES}, each cut to
	 * {@link #KEPT_CHARS} characters. A resume has a few dozen lines; a file of thousands of
	 * lines no parser can place is no resume, and its list must not outgrow the profile.
	 */
	static List<String> kept(List<String> lines) {
		return lines.stream()
			.limit(KEPT_LINES)
			.map(line -> ResumeParser.cut(line, KEPT_CHARS))
			.toList();
	}

	private static boolean taken(String whole, Set<String> placed) {
		String line = head(whole, LINE_CHARS);
		// a date alone was an entry's, which keeps it in its own form
		if (ContactDetails.isContactLine(line) || DateRange.isDateOnly(line) || LinkLabels.isLabel(line)) {
			return true;
		}
		int words = 0;
		int found = 0;
		Matcher word = WORD.matcher(FoldedText.of(line));
		while (word.find()) {
			if (!NOT_VALUES.contains(word.group())) {
				words++;
				found += placed.contains(word.group()) ? 1 : 0;
			}
		}
		return found * 2 >= words;
	}

	private static String head(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static void words(JsonNode node, Set<String> into) {
		if (node.isString()) {
			Matcher word = WORD.matcher(FoldedText.of(head(node.asString(), VALUE_CHARS)));
			while (word.find()) {
				into.add(word.group());
			}
		}
		for (JsonNode child : node) {
			words(child, into);
		}
	}

}

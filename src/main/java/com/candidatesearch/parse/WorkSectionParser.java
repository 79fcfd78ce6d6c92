package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Work;

/**
 * Reads an experience section into positions: employer, title, location, dates, a summary
 * line and the bullets as highlights.
 */
final class WorkSectionParser {

	/** "(Atlanta, Georgia)": a parenthesised place after the employer. */
	private static final Pattern PLACE = Pattern.compile("\\(([^()]*[,&][^()]*|[A-Z][\\p{L} .-]+)\\)");

	/** "… Intern Project: TensorFlow …": a labelled detail that follows the head. */
	private static final Pattern DETAIL = Pattern.compile("\\s(?=\\p{Lu}\\p{Ll}+:\\s)");

	private static final Pattern SEPARATOR = Pattern.compile("\\s+[–—|]\\s+|\\s+-\\s+");

	private WorkSectionParser() {
	}

	static List<Work> parse(List<Line> lines) {
		List<Work> positions = new ArrayList<>();
		for (Entry entry : Entry.group(lines)) {
			DateRange dates = entry.dates();
			List<String> heads = new ArrayList<>();
			for (Line line : entry.head) {
				String text = line.text();
				DateRange found = DateRange.find(text);
				if (found != null && found.equals(dates)) {
					text = found.removeFrom(text);
				}
				if (!text.isBlank()) {
					heads.add(text);
				}
			}
			if (heads.isEmpty()) {
				continue;
			}
			List<String> summary = new ArrayList<>();
			String main = heads.get(0);
			String[] detail = DETAIL.split(main, 2);
			if (detail.length == 2 && !detail[0].isBlank()) {
				main = detail[0];
				summary.add(detail[1]);
			}
			Head head = Head.of(main);
			for (String extra : heads.subList(1, heads.size())) {
				if (head.position == null && JobTitles.looksLikeTitle(extra)) {
					head = new Head(head.employer, extra, head.location);
				}
				else {
					summary.add(extra);
				}
			}
			summary.addAll(entry.body);
			positions.add(new Work(head.employer, head.position, head.location, dates == null ? null : dates.start(),
					dates == null ? null : dates.end(), summary.isEmpty() ? null : String.join(" ", summary),
					entry.items));
		}
		return positions;
	}

	/** An entry's head line read as employer, position and location. */
	record Head(String employer, String position, String location) {

		static Head of(String text) {
			Matcher place = PLACE.matcher(text);
			while (place.find()) {
				String before = text.substring(0, place.start()).strip();
				String after = text.substring(place.end()).strip().replaceAll("^[,–—|-]\\s*", "");
				if (!before.isEmpty() && !after.isEmpty() && place.group(1).matches("\\p{Lu}.*")
						&& !place.group(1).matches("\\p{Lu}{2,6}")) {
					return new Head(before, after, place.group(1).strip());
				}
			}
			int at = text.indexOf(" at ");
			if (at > 0 && JobTitles.looksLikeTitle(text.substring(0, at))) {
				return new Head(text.substring(at + 4).strip(), text.substring(0, at).strip(), null);
			}
			int comma = text.lastIndexOf(", ");
			if (comma > 0 && JobTitles.looksLikeTitle(text.substring(comma + 2))) {
				return new Head(text.substring(0, comma).strip(), text.substring(comma + 2).strip(), null);
			}
			if (comma > 0 && JobTitles.looksLikeTitle(text.substring(0, comma))) {
				return new Head(text.substring(comma + 2).strip(), text.substring(0, comma).strip(), null);
			}
			Matcher separator = SEPARATOR.matcher(text);
			int last = -1;
			int lastEnd = -1;
			while (separator.find()) {
				last = separator.start();
				lastEnd = separator.end();
			}
			if (last > 0 && JobTitles.looksLikeTitle(text.substring(lastEnd))) {
				return new Head(text.substring(0, last).strip(), text.substring(lastEnd).strip(), null);
			}
			return bySuffix(text);
		}

		/** "University of Oregon Graduate Researcher": the title is the run of title words at the end. */
		private static Head bySuffix(String text) {
			String[] tokens = text.strip().split("\\s+");
			int end = tokens.length - 1;
			if (!JobTitles.isHead(tokens[end])) {
				return new Head(text.strip(), null, null);
			}
			int start = end;
			while (start > 0 && JobTitles.isTitleWord(tokens[start - 1]) && !tokens[start - 1].endsWith(")")) {
				start--;
			}
			while (start > 0 && tokens[start].matches("(?i)&|and|of|/")) {
				start++;
			}
			if (start == 0) {
				return new Head(null, text.strip(), null);
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
			return new Head(String.join(" ", employer), String.join(" ", title), null);
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

}

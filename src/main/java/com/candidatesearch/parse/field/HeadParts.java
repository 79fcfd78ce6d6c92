package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a job entry's head cut into its parts, each read as the job title, the
 * organisation or the place: "Title, Company", "Company – Title", "Title at Company",
 * "Title | Company", "Company · Location", "Company, City, ST". A hyphen or a comma between
 * two parts neither of which is a title or a place joins them into one name ("Ankunding -
 * Bartell", "Parker, Von and Keebler"); a bar, dot, dash or "at" always separates.
 */
final class HeadParts {

	enum Kind {
		TITLE, ORGANISATION, PLACE
	}

	/**
	 * One part of a head line.
	 *
	 * @param kind what it is
	 * @param text the part as printed
	 * @param whole for an organisation told from a title by nothing but the title's words
	 * ("Independent consultant"), the line it was cut from, which may be a title alone
	 */
	record Part(Kind kind, String text, String whole) {

		Part(Kind kind, String text) {
			this(kind, text, null);
		}

	}

	/** Separators that always part two fields, and the comma and hyphen that part them only around a title or place. */
	static final Pattern SEPARATOR = Pattern.compile("\\s+[·•∙|–—@]\\s+|\\s+--?\\s+|,\\s+|\\t+|\\s+at\\s+");

	/** "Research Intern, Speech Team at Anderson": a title with a comma in it, then "at" once. */
	private static final Pattern TITLE_AT = Pattern.compile("([^@|·•–—]{3,80}?,[^@|·•–—]{2,60}?)\\s+(?:at|@)\\s+([^@]{2,80})");

	/** "(Atlanta, Georgia)": a parenthesised place after the organisation, before the title. */
	private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*[,&][^()]*|[A-Z][\\p{L} .-]+)\\)");

	/** Words that end a team, lab or department's name, which stays with its organisation ("Google – Platforms Team"). */
	private static final Pattern UNIT = Pattern.compile("(?i)\\b(?:team|group|lab|labs|division|department|unit|squad)$");

	private HeadParts() {
	}

	/** Whether a name ends as a team's, lab's or department's does ("Speech Team", "Vision Lab"). */
	static boolean isUnit(String name) {
		return UNIT.matcher(name.strip()).find();
	}

	/**
	 * The parts of one head line.
	 *
	 * @param text the line, dates already taken out
	 * @param organisationKnown whether an earlier line named the organisation, so a bare place
	 * name here ("Ottawa") is read as the place, not as another organisation
	 */
	static List<Part> of(String text, boolean organisationKnown) {
		String line = unglue(text).strip().replaceAll("^[·•|,:;–—-]+\\s*|\\s*[·•|,:;–—-]+$", "");
		List<Part> parts = new ArrayList<>();
		if (line.isEmpty()) {
			return parts;
		}
		Matcher parenthesised = PARENTHESISED.matcher(line);
		while (parenthesised.find()) {
			String before = line.substring(0, parenthesised.start()).strip();
			String after = line.substring(parenthesised.end()).strip().replaceAll("^[,–—|-]\\s*", "");
			if (!before.isEmpty() && JobTitles.looksLikeTitle(after) && !parenthesised.group(1).matches("\\p{Lu}{2,6}")) {
				// "Stark Industries (Atlanta, Georgia) Engineer"
				parts.add(new Part(Kind.ORGANISATION, before));
				parts.add(new Part(Kind.PLACE, parenthesised.group(1).strip()));
				parts.add(new Part(Kind.TITLE, after));
				return parts;
			}
		}
		Matcher titledAt = TITLE_AT.matcher(line);
		if (titledAt.matches() && JobTitles.looksLikeTitle(titledAt.group(1).split(",")[0])) {
			// "Research Intern, Speech Team at Anderson - Halvorson": all before "at" is the
			// title, its unit after a comma included; after it, the organisation and its place
			List<Part> rest = of(titledAt.group(2), false);
			parts.add(new Part(Kind.TITLE, titledAt.group(1).strip()));
			if (rest.stream().anyMatch(part -> part.kind() == Kind.TITLE)) {
				parts.add(new Part(Kind.ORGANISATION, titledAt.group(2).strip()));
			}
			else {
				parts.addAll(rest);
			}
			return parts;
		}
		List<HeadSegment> segments = HeadSegment.split(line);
		if (segments.size() == 1 && !(HeadPlaces.isPlace(line) && (organisationKnown || HeadPlaces.strongPlace(line)))) {
			bySuffix(line, parts);
			return parts;
		}
		boolean titled = segments.stream().anyMatch(segment -> segment.title());
		boolean organisation = organisationKnown;
		int from = 0;
		while (from < segments.size()) {
			HeadSegment first = segments.get(from);
			if (first.title() && !first.strongBefore() && from > 0 && !segments.get(from - 1).title()) {
				// "Ankunding - Bartell Senior Backend Engineer": the words before the title's own
				// words end the organisation the hyphen or comma is inside of
				int lead = leadingNameWords(first.text());
				if (lead > 0) {
					Part before = parts.isEmpty() ? null : parts.get(parts.size() - 1);
					String[] words = first.text().split("\\s+");
					String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, lead));
					int nameEnd = line.indexOf(name, first.start()) + name.length();
					if (before != null && before.kind() == Kind.ORGANISATION) {
						parts.set(parts.size() - 1, new Part(Kind.ORGANISATION, line.substring(line.indexOf(before.text()), nameEnd)));
					}
					String title = line.substring(nameEnd, first.end()).strip();
					first = new HeadSegment(title, first.end() - title.length(), first.end(), false, false, true);
					segments.set(from, first);
				}
			}
			if (first.title()) {
				int end = from + 1;
				while (end < segments.size() && !segments.get(end).strongBefore() && !segments.get(end).title()
						&& (qualifiesTitle(segments.get(end).text()) || teamBeforeOrganisation(segments, end))) {
					// "Software Engineer, Backend": words that only qualify a title stay with it
					end++;
				}
				parts.add(new Part(Kind.TITLE, line.substring(first.start(), segments.get(end - 1).end())));
				from = end;
				continue;
			}
			int to = from + 1;
			while (to < segments.size() && !segments.get(to).title() && !segments.get(to).strongBefore()) {
				to++;
			}
			organisation |= run(line, segments.subList(from, to), titled, organisation, parts);
			from = to;
		}
		return parts;
	}

	/**
	 * The line with a title run into the name after it parted by a dot ("Senior
	 * EngineerAnkunding - Bartell"), as a converter prints a title and an employer set as
	 * blocks of their own: a capital right after the small letter that ends a title's head word.
	 */
	static String unglue(String text) {
		Matcher glue = Glue.CASE_CHANGE.matcher(text);
		while (glue.find()) {
			String before = text.substring(0, glue.start());
			String word = before.substring(before.lastIndexOf(' ') + 1);
			String[] runs = SEPARATOR.split(before);
			// (or a team named after the title: "Research Intern, Speech TeamAnderson - Halvorson")
			if (JobTitles.isHead(word) && JobTitles.looksLikeTitle(runs[runs.length - 1])
					|| isUnit(word) && JobTitles.looksLikeTitle(before.split(",")[0])) {
				return before + " · " + unglue(text.substring(glue.start()));
			}
		}
		return text;
	}

	/** Reads a run of parts no title or strong separator parts; whether it named the organisation. */
	private static boolean run(String line, List<HeadSegment> run, boolean titled, boolean organisation, List<Part> parts) {
		Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
		if (last != null && last.kind == Kind.ORGANISATION && UNIT.matcher(run.get(0).text()).find()) {
			// "Google – Platforms Team": a team or lab qualifier stays with its organisation
			parts.set(parts.size() - 1, new Part(Kind.ORGANISATION, line.substring(line.indexOf(last.text()), run.get(0).end())));
			run = run.subList(1, run.size());
			if (run.isEmpty()) {
				return true;
			}
		}
		String whole = join(line, run, 0, run.size());
		if (HeadPlaces.isPlace(whole) && (organisation || HeadPlaces.strongPlace(whole))) {
			parts.add(new Part(Kind.PLACE, whole));
			return false;
		}
		int end = run.size();
		List<String> places = new ArrayList<>();
		while (end > 1 && run.get(end - 1).comma() && HeadPlaces.isPlace(run.get(end - 1).text())) {
			places.add(0, run.get(end - 1).text());
			end--;
		}
		String name = join(line, run, 0, end);
		if (places.size() == 1 && HeadPlaces.CODE.matcher(places.get(0)).matches()) {
			// "Ankunding - Bartell East Vena, RI": a converter ran the employer and the town into
			// one line, so the state's code alone follows the comma; the town is the name's end
			String town = Towns.atEnd(name);
			if (town != null) {
				name = name.substring(0, name.length() - town.length()).strip();
				places.set(0, town + ", " + places.get(0));
			}
		}
		if (!titled && end == 1) {
			bySuffix(name, parts);
		}
		else {
			organisation(name, parts);
		}
		if (!places.isEmpty()) {
			parts.add(new Part(Kind.PLACE, String.join(", ", places)));
		}
		return true;
	}

	/** The name as the organisation, less a closing word for working nowhere in particular ("Acme Corp Remote"). */
	private static void organisation(String name, List<Part> parts) {
		int space = name.lastIndexOf(' ');
		if (space > 0 && HeadPlaces.NOWHERE.matcher(name.substring(space + 1)).matches()) {
			parts.add(new Part(Kind.ORGANISATION, name.substring(0, space)));
			parts.add(new Part(Kind.PLACE, name.substring(space + 1)));
		}
		else {
			parts.add(new Part(Kind.ORGANISATION, name));
		}
	}

	/**
	 * "University of Oregon Graduate Researcher", "NVIDIA Metropolis Intern": the title is the
	 * run of title words at the end of a line printed without separators.
	 */
	private static void bySuffix(String text, List<Part> parts) {
		String[] tokens = text.split("\\s+");
		int end = tokens.length - 1;
		if (!JobTitles.isHead(tokens[end])) {
			if (JobTitles.looksLikeTitle(text)) {
				parts.add(new Part(Kind.TITLE, text));
			}
			else {
				organisation(text, parts);
			}
			return;
		}
		int start = end;
		while (start > 0 && JobTitles.isTitleWord(tokens[start - 1]) && !tokens[start - 1].endsWith(")")) {
			start--;
		}
		while (start < end && tokens[start].matches("(?i)&|and|of|/")) {
			start++;
		}
		if (start == 0) {
			parts.add(new Part(Kind.TITLE, text));
			return;
		}
		List<String> employer = new ArrayList<>(List.of(tokens).subList(0, start));
		List<String> title = new ArrayList<>(List.of(tokens).subList(start, tokens.length));
		int closing = -1;
		for (int i = employer.size() - 1; i >= 0 && closing < 0; i--) {
			closing = employer.get(i).endsWith(")") ? i : -1;
		}
		if (closing >= 0 && closing < employer.size() - 1) {
			// "Lawrence Livermore Nat. Lab. (LLNL) Comp. Sci. Intern": the name ends at its acronym
			title.addAll(0, employer.subList(closing + 1, employer.size()));
			employer = new ArrayList<>(employer.subList(0, closing + 1));
		}
		else if (employer.size() == 2 && employer.get(0).matches("\\p{Lu}[\\p{Lu}\\d&]+") && employer.get(1).matches("\\p{Lu}\\p{Ll}+")) {
			// "NVIDIA Metropolis Intern": a product name between an acronym employer and the role belongs to the role
			title.add(0, employer.remove(1));
		}
		parts.add(new Part(Kind.ORGANISATION, String.join(" ", employer), text));
		parts.add(new Part(Kind.TITLE, String.join(" ", title)));
	}

	private static String join(String line, List<HeadSegment> run, int from, int to) {
		return line.substring(run.get(from).start(), run.get(to - 1).end());
	}

	/** How many capitalised words open the text before its first title word ("Bartell Senior Engineer": one). */
	private static int leadingNameWords(String text) {
		String[] words = text.split("\\s+");
		int lead = 0;
		int joined = -1;
		while (lead < words.length - 1 && ((!JobTitles.isTitleWord(words[lead]) && Character.isUpperCase(words[lead].charAt(0)))
				|| joinsName(words, lead))) {
			joined = joinsName(words, lead) ? lead : joined;
			lead++;
		}
		if (lead == words.length - 1 && joined > 0 && joined + 2 < lead) {
			// "Wolf and Waters Firmware Intern": where no title word parts them, the name ends
			// with the word its "and" joins
			lead = joined + 2;
		}
		return lead < words.length - 1 && JobTitles.looksLikeTitle(String.join(" ", java.util.Arrays.copyOfRange(words, lead, words.length)))
				? lead : 0;
	}

	/**
	 * Whether the word joins two names of one organisation ("Grant and Kessler Software
	 * Engineer"): "and" or "&" after a name, before a capitalised word that is no title word.
	 */
	private static boolean joinsName(String[] words, int at) {
		return at > 0 && at + 1 < words.length && words[at].matches("(?i)and|&|und|et|y")
				&& Character.isUpperCase(words[at + 1].charAt(0)) && !JobTitles.isTitleWord(words[at + 1]);
	}

	/**
	 * "Research Intern, Speech Team · Anderson - Halvorson": a team after the title's comma
	 * where the organisation follows after a stronger separator belongs to the title.
	 */
	private static boolean teamBeforeOrganisation(List<HeadSegment> segments, int index) {
		if (!isUnit(segments.get(index).text()) || index + 1 >= segments.size()) {
			return false;
		}
		HeadSegment next = segments.get(index + 1);
		return next.strongBefore() && !next.title() && !HeadPlaces.strongPlace(next.text());
	}

	/** Whether every word of the text only qualifies a title ("Machine Learning", "Backend"). */
	private static boolean qualifiesTitle(String text) {
		for (String word : text.split("\\s+")) {
			if (!JobTitles.isTitleWord(word)) {
				return false;
			}
		}
		return true;
	}

}

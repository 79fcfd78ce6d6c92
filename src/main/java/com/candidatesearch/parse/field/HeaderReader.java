package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Location;
import com.candidatesearch.parse.ParsedResume.Profile;
import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.section.SectionKind;

/**
 * Reads the basics: the name and headline from the lines before the first section, the
 * contact details from anywhere, and the contract's fallbacks when no name line exists.
 */
public final class HeaderReader {

	private static final Pattern PERSON = Pattern
		.compile("(?:\\p{Lu}[\\p{L}'’.-]*|von|van|de|der|da|del|di|la|le|bin|al)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|von|van|de|der|da|del|di|la|le|bin|al)){1,4}");

	/**
	 * "杜少陵", "山田 太郎", "김민준": a Chinese, Japanese or Korean name, two to four characters
	 * with no capitals, the family name sometimes set apart by a space.
	 */
	private static final Pattern HAN_OR_HANGUL_NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,3}\\s\\p{IsHan}{1,3}|\\p{IsHangul}{2,4}");

	/** "Oluwaseun Adeyemi, Ph.D.": letters after a name are a credential, not part of it. */
	private static final Pattern CREDENTIALS = Pattern
		.compile(",\\s*(?:Ph\\.?\\s?D\\.?|M\\.?D\\.?|MBA|M\\.?Sc\\.?|P\\.?E\\.?|CPA|PMP|CFA|Dr\\.?)(?:,\\s*+[^\\s,]++)*+,?\\s*$");

	/** A name line with its credentials: far more than a 40-character name and a few letters after it. */
	private static final int MAX_NAME_LINE = 200;

	/**
	 * A handle printed alone right under the contact details ("rharris", "rickie-harris"): small
	 * letters, figures, hyphens and underscores, with a letter; no dot, which a site's name has.
	 */
	private static final Pattern HANDLE = Pattern.compile("@?(?=[a-z0-9_-]*[a-z])[a-z0-9][a-z0-9_-]{2,38}");

	private HeaderReader() {
	}

	/**
	 * The basics of the resume.
	 *
	 * @param header the lines before the first section
	 * @param all every line of the resume
	 * @param publications the parsed publications (for the name fallback)
	 * @param fileName the file name (the last fallback for the name)
	 * @param summary the summary section's text, or {@code null}
	 */
	public static Basics read(List<Line> header, List<Line> all, List<Publication> publications, String fileName,
			String summary) {
		header = joinedAfterCommas(header);
		String text = String.join("\n", all.stream().map(Line::text).toList());
		String email = ContactDetails.email(text);
		String name = null;
		String label = null;
		Location location = null;
		int nameAt = -1;
		for (int i = 0; i < header.size() && name == null; i++) {
			String line = header.get(i).text();
			// a name is at most 40 characters, so a longer line never leaves one, and the pattern
			// (anchored at the end, tried at each comma) need not read a long line once per comma
			String candidate = line.length() > MAX_NAME_LINE ? line : CREDENTIALS.matcher(line).replaceFirst("");
			if (isPersonName(candidate)) {
				name = candidate;
				nameAt = i;
			}
			else if (gluedHeadline(candidate) > 0) {
				int glue = gluedHeadline(candidate);
				name = candidate.substring(0, glue);
				label = candidate.substring(glue);
				nameAt = i;
			}
		}
		List<String> segments = new ArrayList<>();
		for (int i = nameAt + 1; i < header.size(); i++) {
			// "Engineer · Berlin, Germany · jane@doe.dev": a header line often packs several details
			for (String segment : header.get(i).text().split("\\s+[·•|]\\s+")) {
				segments.add(segment);
			}
		}
		// how many stretches under the name are neither contact details nor the place: the
		// headline is the first of them, and after the contact lines it reads as a job title
		int others = 0;
		List<String> handles = new ArrayList<>();
		boolean afterContact = false;
		for (int i = 0; i < segments.size(); i++) {
			String line = segments.get(i);
			// a label of ten words or a place of five fit in far less
			if (line.length() > MAX_NAME_LINE) {
				others++;
				continue;
			}
			if (ContactDetails.email(line) != null || ContactDetails.phone(line) != null
					|| !ContactDetails.profiles(line).isEmpty() || ContactDetails.website(line) != null) {
				afterContact = true;
				continue;
			}
			if (afterContact && HANDLE.matcher(line.strip()).matches()) {
				// "rharris" under the e-mail: a profile's handle whose network was only its icon
				handles.add(line.strip().replaceFirst("^@", ""));
				continue;
			}
			afterContact = false;
			Location place = location == null ? HeaderPlace.read(line, i > 0 ? segments.get(i - 1) : null) : null;
			if (place != null) {
				location = place;
			}
			else if (label == null && nameAt >= 0 && (i <= 1 || others == 0 && JobTitles.looksLikeTitle(line)) && line.split("\\s+").length <= 10
					&& !HeaderPlace.isStreet(line) && !line.strip().equalsIgnoreCase(name)) {
				// (the name printed again, as a sidebar's card does, is no headline)
				label = line;
			}
			else {
				others++;
			}
		}
		String headerText = String.join("\n", header.stream().map(Line::text).toList());
		if (name == null) {
			name = NameFallbacks.labelledName(all);
		}
		if (name == null) {
			name = NameFallbacks.commonAuthor(publications);
		}
		if (name == null) {
			name = NameFallbacks.signature(all);
		}
		if (name == null && email != null) {
			name = NameFallbacks.owner(email);
		}
		if (name == null) {
			name = NameFallbacks.nameFromFile(fileName);
		}
		if (location == null) {
			location = placeAmongContacts(all);
		}
		String phone = ContactDetails.phone(headerText);
		return new Basics(name, label, email, phone != null ? phone : ContactDetails.phone(contactLines(all)),
				ContactDetails.website(text), summary(summary, header, nameAt, label), location,
				withHandles(ContactDetails.profiles(text), handles));
	}

	/** The profiles, and a profile for each handle printed alone that none of them holds. */
	private static List<Profile> withHandles(List<Profile> profiles, List<String> handles) {
		List<Profile> all = new ArrayList<>(profiles);
		for (String handle : handles) {
			if (all.stream().noneMatch(profile -> handle.equalsIgnoreCase(profile.username()))) {
				all.add(new Profile(null, handle, null));
			}
		}
		return all;
	}

	/**
	 * The header's lines, each ending in a comma joined to the next ("Tillmanberg," over "(US)"):
	 * a place a narrow column wrapped, or set in spans of its own, is one stretch.
	 */
	private static List<Line> joinedAfterCommas(List<Line> header) {
		List<Line> joined = new ArrayList<>(header.size());
		for (Line line : header) {
			int last = joined.size() - 1;
			if (last >= 0 && joined.get(last).text().strip().endsWith(",") && joined.get(last).text().length() < MAX_NAME_LINE
					&& line.text().length() < MAX_NAME_LINE) {
				joined.set(last, joined.get(last).withText(joined.get(last).text().strip() + " " + line.text().strip()));
			}
			else {
				joined.add(line);
			}
		}
		return joined;
	}

	/**
	 * Where a name run into the headline after it ends ("Jane DoeSenior Data Engineer"), as a
	 * converter prints a name and headline set as blocks of their own: at a capital right
	 * after a small letter, with a person's name before it and a job title after; else -1.
	 */
	static int gluedHeadline(String line) {
		if (line.length() > MAX_NAME_LINE) {
			return -1;
		}
		Matcher glue = Glue.CASE_CHANGE.matcher(line);
		while (glue.find()) {
			String title = line.substring(glue.start());
			if (isPersonName(line.substring(0, glue.start())) && JobTitles.isTitleWord(title.split("[\\s,]+")[0])
					&& JobTitles.looksLikeTitle(title.split(",")[0])) {
				return glue.start();
			}
		}
		return -1;
	}

	/**
	 * The summary: the summary section's prose, less the short lines beside it (a "GitHub"
	 * label over a handle that no contact pattern took); else, where no heading announces one,
	 * the paragraphs of prose in the header below the name, which is how many templates set it.
	 */
	static String summary(String section, List<Line> header, int nameAt, String label) {
		if (section != null) {
			List<String> lines = List.of(section.split("\n"));
			if (lines.stream().noneMatch(HeaderReader::isProse)) {
				return section;
			}
			List<String> kept = lines.stream().filter(line -> isProse(line) || line.strip().split("\\s+").length > 2
					|| line.strip().matches(".*[.!?:;]")).toList();
			return String.join("\n", kept);
		}
		List<String> prose = new ArrayList<>();
		for (int i = nameAt + 1; nameAt >= 0 && i < header.size(); i++) {
			String line = header.get(i).text();
			if (header.get(i).looksLikeHeading() && !isProse(line) && ContactDetails.email(line) == null
					&& !line.strip().equals(label)) {
				// "Welcome to RenderCV" set as a heading: what follows is a section of its own
				break;
			}
			if (isProse(line) && ContactDetails.email(line) == null && ContactDetails.website(line) == null) {
				prose.add(line.strip());
			}
		}
		return prose.isEmpty() ? null : String.join("\n", prose);
	}

	/** A sentence or more of prose: ten words or more, ending as a sentence ends. */
	private static boolean isProse(String line) {
		String strip = line.strip();
		return strip.split("\\s+").length >= 10 && strip.matches("(?s).*[.!?)]");
	}

	public static boolean isPersonName(String text) {
		if (HAN_OR_HANGUL_NAME.matcher(text).matches()) {
			return SectionKind.ofWords(text) == null && !text.matches(".*(简历|簡歷|履歴|履历|个人|個人|이력서).*");
		}
		return text.length() <= 40 && PERSON.matcher(text).matches() && SectionKind.of(text) == null
				&& !JobTitles.looksLikeTitle(text) && !text.matches(".*(University|Institute|College|School|Resume|Curriculum).*");
	}

	/**
	 * A place set among the contact details wherever the layout puts them (a sidebar's "About"
	 * block, read after the header): a line right next to a line that is an e-mail address or a
	 * phone number alone.
	 */
	private static Location placeAmongContacts(List<Line> all) {
		for (int i = 0; i < all.size(); i++) {
			String text = all.get(i).text().strip();
			if (text.length() > MAX_NAME_LINE || !(contactAlone(all, i - 1) || contactAlone(all, i + 1))) {
				continue;
			}
			Location place = HeaderPlace.read(text, i > 0 ? all.get(i - 1).text() : null);
			if (place != null) {
				return place;
			}
		}
		return null;
	}

	private static boolean contactAlone(List<Line> all, int index) {
		if (index < 0 || index >= all.size()) {
			return false;
		}
		String text = withoutSeparatorsAround(all.get(index).text());
		return text.equals(ContactDetails.email(text)) || text.equals(ContactDetails.phone(text));
	}

	private static String contactLines(List<Line> all) {
		List<String> lines = new ArrayList<>();
		for (Line line : all) {
			String text = withoutSeparatorsAround(line.text());
			// a line that is a phone number and nothing else is one wherever the layout puts it
			// (a sidebar read after the main column): no other value is a line of 7+ digits alone
			String phone = ContactDetails.phone(text);
			if (text.matches("(?i).*\\b(phone|tel|mobile|cell)\\b.*") || phone != null && phone.equals(text)) {
				lines.add(line.text());
			}
		}
		return String.join("\n", lines);
	}

	/**
	 * The text without the separators at its ends ("+1 234 567 •"). Trimmed by hand: a pattern
	 * anchored at the end tries again from every separator of a long run, in quadratic time.
	 */
	static String withoutSeparatorsAround(String text) {
		int from = 0;
		int to = text.length();
		while (from < to && isSeparator(text.charAt(from))) {
			from++;
		}
		while (to > from && isSeparator(text.charAt(to - 1))) {
			to--;
		}
		return text.substring(from, to);
	}

	private static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || "•·|,;".indexOf(c) >= 0;
	}

}

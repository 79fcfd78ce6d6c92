package com.candidatesearch.parse.field;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume.Language;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads a languages section: "English Native Level", "German (C1)", "French – fluent",
 * "English · Native speaker", a comma-separated list of them, or a language on one line and
 * its level on the next.
 */
public final class LanguagesSectionParser {

	/** Names the JDK's locale data lacks: a language's other common names, and names as written in other languages. */
	private static final Set<String> OTHER_NAMES = Set.of("mandarin", "cantonese", "farsi", "tagalog", "filipino",
			"deutsch", "englisch", "französisch", "spanisch", "italienisch", "anglais", "allemand", "français",
			"espagnol", "italien", "inglés", "alemán", "francés", "español", "sign", "asl", "bahasa");

	/**
	 * Every language the JDK knows by its ISO 639 code, in English, in itself and in the
	 * languages resumes are most often written in, so that a section in French names
	 * "Allemand" as surely as one in English names "German".
	 */
	private static final Set<String> LANGUAGES = languages();

	/** "Bahasa Indonesia (native)": a language of one to three words, its level in brackets. */
	private static final Pattern BRACKETED = Pattern.compile("([^()]{2,40}?)\\s*\\(([^()]+)\\)");

	/** The longest line read as a list of languages alone. */
	private static final int LISTED_CHARS = 200;

	private LanguagesSectionParser() {
	}

	private static Set<String> languages() {
		Set<String> names = new HashSet<>(OTHER_NAMES);
		List<Locale> displays = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"),
				Locale.ITALIAN, new Locale("pt"));
		for (String code : Locale.getISOLanguages()) {
			Locale language = new Locale(code);
			names.add(fold(language.getDisplayLanguage(language)));
			for (Locale display : displays) {
				names.add(fold(language.getDisplayLanguage(display)));
			}
		}
		// a code the JDK cannot name is displayed as the code itself: "ab" is no language name
		names.removeIf(name -> name.length() < 3);
		return Set.copyOf(names);
	}

	public static List<Language> parse(List<Line> lines) {
		List<String> parts = new ArrayList<>();
		for (Line line : lines) {
			parts.addAll(SkillsSectionParser.split(line.text()));
		}
		List<Language> languages = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			Language language = language(part);
			int last = languages.size() - 1;
			if (language != null) {
				languages.add(language);
				continue;
			}
			int named = namesBefore(parts, i);
			if (named >= 2 && levelsFrom(parts, i) == named) {
				// "German", "English" over "Native speaker", "Fluent (C1)": two cards side by side
				// read row by row, the names in turn and then their levels in the same turn
				for (int k = 0; k < named; k++) {
					Language card = languages.get(last - named + 1 + k);
					languages.set(last - named + 1 + k, new Language(card.language(), parts.get(i + k).strip()));
				}
				i += named - 1;
			}
			else if (last >= 0 && languages.get(last).fluency() == null && isLevel(part)) {
				// "English · Native speaker", or "English" over "Native speaker": the level
				// stands after the language it belongs to
				languages.set(last, new Language(languages.get(last).language(), part.strip()));
			}
		}
		return languages;
	}

	/** How many languages without a level stand right before the part, in a row. */
	private static int namesBefore(List<String> parts, int index) {
		int count = 0;
		for (int i = index - 1; i >= 0; i--) {
			Language language = language(parts.get(i));
			if (language == null || language.fluency() != null) {
				break;
			}
			count++;
		}
		return count;
	}

	/** How many levels stand in a row from the part on, up to the next language. */
	private static int levelsFrom(List<String> parts, int index) {
		int count = 0;
		for (int i = index; i < parts.size() && language(parts.get(i)) == null && isLevel(parts.get(i)); i++) {
			count++;
		}
		return count;
	}

	/**
	 * The spoken languages listed on a line of their own outside any section ("English, French,
	 * Portuguese" among the header's contact details): a line of two or more parts, each a
	 * language.
	 */
	public static List<Language> listedAlone(List<Line> lines) {
		for (Line line : lines) {
			// (a list of languages is short: a long line is never split here)
			if (line.text().length() > LISTED_CHARS) {
				continue;
			}
			List<String> parts = SkillsSectionParser.split(line.text());
			if (parts.size() >= 2 && parts.stream().allMatch(part -> isSpokenLanguage(part.strip()))) {
				return parts.stream().map(part -> new Language(part.strip(), null)).toList();
			}
		}
		return List.of();
	}

	/** A few words without figures of a web address: a level ("Native speaker", "Fluent (DELF 2010)"), not a link. */
	private static boolean isLevel(String text) {
		String strip = text.strip();
		return !strip.isEmpty() && strip.split("\\s+").length <= 6 && !strip.matches(".*(/|\\.\\p{L}{2,}\\b|@).*");
	}

	static Language language(String text) {
		Matcher bracketed = BRACKETED.matcher(text.strip());
		if (bracketed.matches()) {
			// the language's own name ends before the bracket; "Japanese Professional Level (N1)"
			// is a language and its level, read below
			String[] words = bracketed.group(1).strip().split("\\s+");
			if (words.length <= 3 && isSpokenLanguage(words[words.length - 1])) {
				return new Language(bracketed.group(1).strip(), bracketed.group(2).strip());
			}
		}
		String[] tokens = text.strip().split("[\\s:–—-]+", 2);
		String name = tokens[0].replaceAll("[^\\p{L}]", "");
		if (!LANGUAGES.contains(fold(name))) {
			return null;
		}
		String fluency = tokens.length > 1 ? tokens[1].strip().replaceFirst("^[:–—-]\\s*", "") : null;
		if (fluency != null && fluency.matches("\\([^()]*\\)")) {
			fluency = fluency.substring(1, fluency.length() - 1);
		}
		return new Language(name, fluency == null || fluency.isBlank() ? null : fluency);
	}

	/** Whether the word names a spoken language ("German", "Español"), not a programming one. */
	static boolean isSpokenLanguage(String word) {
		return LANGUAGES.contains(fold(word.replaceAll("[^\\p{L}]", "")));
	}

	private static String fold(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}

package com.candidatesearch.parse.field;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.candidatesearch.parse.ParsedResume.Language;
import com.candidatesearch.parse.layout.Line;

/**
 * Reads a languages section: "English Native Level", "German (C1)", "French – fluent", or a
 * comma-separated list of them.
 */
public final class LanguagesSectionParser {

	private static final Set<String> LANGUAGES = Set.of("english", "german", "french", "spanish", "italian",
			"portuguese", "dutch", "swedish", "norwegian", "danish", "finnish", "polish", "czech", "slovak",
			"hungarian", "romanian", "bulgarian", "greek", "turkish", "russian", "ukrainian", "arabic", "hebrew",
			"persian", "farsi", "hindi", "urdu", "bengali", "punjabi", "tamil", "telugu", "marathi", "gujarati",
			"chinese", "mandarin", "cantonese", "japanese", "korean", "vietnamese", "thai", "indonesian", "malay",
			"tagalog", "filipino", "swahili", "croatian", "serbian", "slovenian", "lithuanian", "latvian",
			"estonian", "catalan", "basque", "galician", "icelandic", "irish", "welsh", "latin", "afrikaans",
			"deutsch", "englisch", "französisch", "spanisch", "italienisch", "anglais", "allemand", "français",
			"espagnol", "italien", "inglés", "alemán", "francés", "español", "sign", "asl");

	private LanguagesSectionParser() {
	}

	public static List<Language> parse(List<Line> lines) {
		List<Language> languages = new ArrayList<>();
		for (Line line : lines) {
			for (String part : SkillsSectionParser.split(line.text())) {
				Language language = language(part);
				if (language != null) {
					languages.add(language);
				}
			}
		}
		return languages;
	}

	static Language language(String text) {
		String[] tokens = text.strip().split("[\\s:–—-]+", 2);
		String name = tokens[0].replaceAll("[^\\p{L}]", "");
		if (!LANGUAGES.contains(fold(name)) && !(tokens.length == 1 && name.matches("\\p{Lu}\\p{Ll}+"))) {
			return null;
		}
		String fluency = tokens.length > 1 ? tokens[1].strip().replaceFirst("^[:–—-]\\s*", "") : null;
		if (fluency != null && fluency.matches("\\([^()]*\\)")) {
			fluency = fluency.substring(1, fluency.length() - 1);
		}
		return new Language(name, fluency);
	}

	/** Whether the word names a spoken language ("German", "Español"), not a programming one. */
	static boolean isSpokenLanguage(String word) {
		return LANGUAGES.contains(fold(word.replaceAll("[^\\p{L}]", "")));
	}

	private static String fold(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}

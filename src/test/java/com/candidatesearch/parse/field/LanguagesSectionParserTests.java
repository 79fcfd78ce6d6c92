package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Language;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a languages section is read into languages and their levels. */
class LanguagesSectionParserTests {

	@Test
	void readsTheLevelAfterAMiddleDot() {
		assertThat(LanguagesSectionParser.parse(List.of(Line.text("Icelandic · Native speaker"))))
			.containsExactly(new Language("Icelandic", "Native speaker"));
	}

	@Test
	void readsALineListingLanguagesAloneOutsideAnySection() {
		assertThat(LanguagesSectionParser.listedAlone(List.of(Line.text("Concord, Kansas, US"),
				Line.text("English, French, Portuguese")))).extracting(Language::language)
			.containsExactly("English", "French", "Portuguese");
		assertThat(LanguagesSectionParser.listedAlone(List.of(Line.text("English, Java, Go")))).isEmpty();
	}

	@Test
	void readsTheLevelOnTheLineBelow() {
		List<Line> lines = List.of(Line.text("Swahili"), Line.text("Professional working proficiency"),
				Line.text("Greek"), Line.text("Elementary"));
		assertThat(LanguagesSectionParser.parse(lines)).containsExactly(
				new Language("Swahili", "Professional working proficiency"), new Language("Greek", "Elementary"));
	}

	@Test
	void knowsLanguagesByTheirOwnAndOtherNames() {
		assertThat(LanguagesSectionParser.isSpokenLanguage("Nederlands")).isTrue();
		assertThat(LanguagesSectionParser.isSpokenLanguage("Allemand")).isTrue();
		assertThat(LanguagesSectionParser.isSpokenLanguage("Amharic")).isTrue();
		assertThat(LanguagesSectionParser.isSpokenLanguage("Java")).isFalse();
		assertThat(LanguagesSectionParser.isSpokenLanguage("Links")).isFalse();
	}

	@Test
	void keepsAManyWordedLanguageBeforeItsBracketedLevel() {
		assertThat(LanguagesSectionParser.parse(List.of(Line.text("Bahasa Indonesia (native)"))))
			.containsExactly(new Language("Bahasa Indonesia", "native"));
	}

	@Test
	void takesNoLinkForALevel() {
		List<Line> lines = List.of(Line.text("Welsh"), Line.text("github.com/someone"));
		assertThat(LanguagesSectionParser.parse(lines)).containsExactly(new Language("Welsh", null));
	}

	@Test
	void cardsSideBySideReadRowByRowPairNamesAndLevelsInTurn() {
		List<Language> languages = LanguagesSectionParser.parse(List.of(Line.text("German"), Line.text("English"),
				Line.text("Native speaker"), Line.text("Fluent (C1)")));
		assertThat(languages).containsExactly(new Language("German", "Native speaker"), new Language("English", "Fluent (C1)"));
		// a level right under its language still goes with it
		assertThat(LanguagesSectionParser.parse(List.of(Line.text("English"), Line.text("Native speaker"),
				Line.text("German"), Line.text("Fluent (C1)"))))
			.containsExactly(new Language("English", "Native speaker"), new Language("German", "Fluent (C1)"));
	}

}

package com.candidatesearch.eval;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

	@Test
	void normalizeMatchesScorePyOnGeneratedText() {
		JsonNode cases = Fixtures.json("eval/normalize-cases.json").get("normalized");
		assertThat(cases.size()).isGreaterThanOrEqualTo(300);
		for (JsonNode c : cases) {
			String text = c.get(0).stringValue();
			assertThat(TextNormalizer.normalize(text, false)).as("normalize(%s)", c.get(0))
				.isEqualTo(c.get(1).stringValue());
			assertThat(TextNormalizer.normalize(text, true)).as("normalize(%s, 'url')", c.get(0))
				.isEqualTo(c.get(2).stringValue());
		}
	}

	@Test
	void normalizeKeepsCPlusPlusAndCSharpApart() {
		assertThat(TextNormalizer.normalize("C, C++ and C#", false)).isEqualTo("c c++ and c#");
	}

	@Test
	void normalizeDropsPlusAndHashThatFollowNoWord() {
		assertThat(TextNormalizer.normalize("+1 #hashtag c #", false)).isEqualTo("1 hashtag c");
	}

	@Test
	void normalizeDropsHtmlTagsAndDecodesEntities() {
		assertThat(TextNormalizer.normalize("<b>R&amp;D</b> at M&uuml;ller&nbsp;AG", false))
			.isEqualTo("r d at muller ag");
	}

	@Test
	void normalizeDropsTagsThatWereWrittenAsEntities() {
		assertThat(TextNormalizer.normalize("&lt;i&gt;Attention&lt;/i&gt; Is All", false))
			.isEqualTo("attention is all");
	}

	@Test
	void normalizeReducesMarkdownToItsText() {
		assertThat(TextNormalizer.normalize("## **Neighborhood** _Attention_ [code](https://x.y) `NAT`", false))
			.isEqualTo("neighborhood attention code nat");
	}

	@Test
	void normalizeUnwrapsNestedEmphasis() {
		assertThat(TextNormalizer.normalize("***x*** **_y_**", false)).isEqualTo("x y");
	}

	@Test
	void normalizeFoldsAccentsCaseAndCompatibilityForms() {
		assertThat(TextNormalizer.normalize("José ÑÚÑEZ Straße ﬁnance ＡＢＣ", false))
			.isEqualTo("jose nunez strasse finance abc");
	}

	@Test
	void normalizeFoldsFinalSigmaAndCherokeeAsCasefold() {
		assertThat(TextNormalizer.normalize("ΣΑΣ σας \u13A0 \uAB70", false))
			.isEqualTo("σασ σασ \u13A0 \u13A0");
	}

	@Test
	void normalizeTurnsPunctuationSymbolsAndControlsIntoSingleSpaces() {
		assertThat(TextNormalizer.normalize("  Ph.D. — “Ruiz-Campos”\u200b\u2028\u001Cdone…  ", false))
			.isEqualTo("ph d ruiz campos done");
	}

	@Test
	void urlIgnoresSchemeAndWww() {
		assertThat(TextNormalizer.normalize(" https://www.GitHub.com/x/ ", true))
			.isEqualTo(TextNormalizer.normalize("github.com/x", true))
			.isEqualTo("github com x");
	}

	@Test
	void urlSchemeIsOnlyDroppedAtTheStart() {
		assertThat(TextNormalizer.normalize("see https://www.x.org", true)).isEqualTo("see https www x org");
	}

}

package com.candidatesearch.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlUnescaperTests {

	@Test
	void decodesNamedAndNumericReferences() {
		assertThat(HtmlUnescaper.unescape("&lt;&hellip;&#65;&#x42;&#X43;&NotNestedGreaterGreater;"))
			.isEqualTo("<\u2026ABC\u2AA2\u0338");
	}

	@Test
	void decodesLegacyNamesWithoutTheirSemicolon() {
		assertThat(HtmlUnescaper.unescape("R&ampD &copy 2024 &hellip")).isEqualTo("R&D \u00A9 2024 &hellip");
	}

	@Test
	void takesTheLongestKnownNameAReferenceStartsWith() {
		assertThat(HtmlUnescaper.unescape("&notit; &ampx;")).isEqualTo("\u00ACit; &x;");
	}

	@Test
	void readsInvalidNumericReferencesAsHtml5Does() {
		assertThat(HtmlUnescaper.unescape("&#128;&#x92;&#0;&#xD800;&#1114112;&#1;&#xFFFF;&#x81;"))
			.isEqualTo("\u20AC\u2019\uFFFD\uFFFD\uFFFD\u0081");
	}

	@Test
	void leavesUnknownReferencesAndLoneAmpersandsAlone() {
		assertThat(HtmlUnescaper.unescape("AT&T & &bogus; &#; &#xZ")).isEqualTo("AT&T & &bogus; &#; &#xZ");
	}

}

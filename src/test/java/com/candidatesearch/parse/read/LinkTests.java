package com.candidatesearch.parse.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkTests {

	@Test
	void showsAProfileThatItsTextOnlyNamesOrHandles() {
		assertThat(Link.target("GitHub", "https://github.com/ada")).isEqualTo("https://github.com/ada");
		assertThat(Link.target("", "https://twitter.com/ada")).isEqualTo("https://twitter.com/ada");
		assertThat(Link.target("Xq3pLmAAAAAJ", "https://scholar.google.com/citations?user=Xq3pLmAAAAAJ&hl=en"))
			.isEqualTo("https://scholar.google.com/citations?user=Xq3pLmAAAAAJ&hl=en");
		assertThat(Link.target("ORCID", "https://orcid.org/0000-0002-1825-0097")).isEqualTo("https://orcid.org/0000-0002-1825-0097");
	}

	@Test
	void showsNothingTheTextAlreadyShows() {
		assertThat(Link.target("github.com/ada", "https://github.com/ada/")).isNull();
		assertThat(Link.target("ada@example.org", "mailto:ada@example.org")).isNull();
		assertThat(Link.target("+44 20 7946 0958", "tel:+442079460958")).isNull();
	}

	@Test
	void showsTheAddressOfAMailOrPhoneLinkWithoutOne() {
		assertThat(Link.target("Email", "mailto:ada@example.org?subject=Hello")).isEqualTo("ada@example.org");
		assertThat(Link.target("", "tel:+44%2020%207946%200958")).isEqualTo("+44 20 7946 0958");
	}

	@Test
	void showsAPersonalPageOnlyWhereTheTextNamesAPage() {
		assertThat(Link.target("My website", "https://ada.example.org")).isEqualTo("https://ada.example.org");
		assertThat(Link.target("Acme Corporation", "https://acme.example.com")).isNull();
		assertThat(Link.target("pgshard", "https://github.com/ada/pgshard")).isNull();
		assertThat(Link.target("About", "#about")).isNull();
	}

	@Test
	void showsNoPageLinkedFromAHeadingButStillAProfile() {
		assertThat(link("Blog", "http://blog.example.org").shownAfter(true)).isNull();
		assertThat(link("Blog", "http://blog.example.org").shownAfter(false)).isEqualTo("http://blog.example.org");
		assertThat(link("ada", "https://github.com/ada").shownAfter(true)).isEqualTo("https://github.com/ada");
	}

	private static Link link(String text, String href) {
		Link link = Link.of(href);
		text.chars().forEach(c -> link.append((char) c));
		return link;
	}

	@Test
	void showsAProfileOnAnyNetworkItKnows() {
		assertThat(Link.target("john_doe", "https://www.xing.com/profile/john_doe")).isEqualTo("https://www.xing.com/profile/john_doe");
		assertThat(Link.target("@ada:matrix.org", "https://matrix.to/#/@ada:matrix.org")).isEqualTo("https://matrix.to/#/@ada:matrix.org");
		assertThat(Link.target("ada", "https://t.me/ada")).isEqualTo("https://t.me/ada");
	}

	@Test
	void aTextSpellsItsTargetWhenOnlyALineBreakSplitIt() {
		assertThat(Link.spells("ada@exampl e.org", "mailto:ada@example.org")).isTrue();
		assertThat(Link.spells("scholar.google.com/citations? user=X1", "https://scholar.google.com/citations?user=X1")).isTrue();
		assertThat(Link.spells("Email me", "mailto:ada@example.org")).isFalse();
		assertThat(Link.spells("ada", "https://github.com/ada")).isFalse();
	}

}

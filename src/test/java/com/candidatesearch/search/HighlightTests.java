package com.candidatesearch.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTests {

	private final Highlight highlight = new Highlight("resume.text", "Resume",
			"uses " + Highlight.START + "<C++>" + Highlight.END + " & " + Highlight.START + "Rust" + Highlight.END);

	@Test
	void splitsIntoMatchedAndPlainSegments() {
		assertThat(this.highlight.segments()).containsExactly(new Highlight.Segment("uses ", false),
				new Highlight.Segment("<C++>", true), new Highlight.Segment(" & ", false),
				new Highlight.Segment("Rust", true));
	}

	@Test
	void escapesResumeTextAndMarksMatchesInHtml() {
		assertThat(this.highlight.html()).isEqualTo("uses <mark>&lt;C++&gt;</mark> &amp; <mark>Rust</mark>");
	}

}

package com.candidatesearch.parse.field;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which lines are only the label of a link. */
class LinkLabelsTests {

	@Test
	void knowsTheWordsALinkIsLabelledWith() {
		assertThat(LinkLabels.isLabel("View publication")).isTrue();
		assertThat(LinkLabels.isLabel("Read more →")).isTrue();
		assertThat(LinkLabels.isLabel("Source code")).isTrue();
	}

	@Test
	void aTitleThatOpensWithTheSameWordsIsNoLabel() {
		assertThat(LinkLabels.isLabel("View Synthesis with Neural Radiance Fields")).isFalse();
		assertThat(LinkLabels.isLabel("Link prediction in citation graphs")).isFalse();
	}

}

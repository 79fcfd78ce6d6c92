package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.read.PdfWords.Word;

import static org.assertj.core.api.Assertions.assertThat;

class PdfParagraphsTests {

	@Test
	void keepsLinesSetFlushRightApartThoughEachEndsAtTheEdge() {
		List<Word> words = new ArrayList<>();
		words.addAll(rightAligned(100, "street and number"));
		words.addAll(rightAligned(112, "postcode city"));
		words.addAll(rightAligned(124, "country"));
		words.addAll(rightAligned(136, "4 July 1776"));
		words.addAll(rightAligned(148, "+1 (234) 567 890"));
		words.add(new Word(1, 72, 120, 300, 10, false, false, "Education"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsExactly("street and number", "postcode city", "country", "4 July 1776", "+1 (234) 567 890",
					"Education");
	}

	@Test
	void dropsATemplatesPlaceholderSetBesideALine() {
		List<Word> words = new ArrayList<>();
		words.addAll(leftAligned(100, "Leadership Excellence Award"));
		words.addAll(rightAligned(100, "undefined NaN"));
		words.addAll(leftAligned(114, "Engineering Leadership Forum"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsExactly("Leadership Excellence Award", "Engineering Leadership Forum");
	}

	@Test
	void aShortLineEndingWithACommaGoesOnOnTheNext() {
		// a sidebar's skills: each group's name, then its list wrapped in the narrow column
		List<Word> words = new ArrayList<>();
		words.addAll(leftAligned(233, "Frontend"));
		words.addAll(leftAligned(248, "React, TypeScript, Vue, Svelte,"));
		words.addAll(leftAligned(259, "CSS, HTML"));
		words.addAll(leftAligned(278, "Design"));
		words.addAll(leftAligned(292.5f, "Figma, Design systems,"));
		words.addAll(leftAligned(303.5f, "Accessibility"));
		words.addAll(leftAligned(322.5f, "Testing"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text).containsExactly("Frontend",
				"React, TypeScript, Vue, Svelte, CSS, HTML", "Design", "Figma, Design systems, Accessibility", "Testing");
	}

	private static List<Word> leftAligned(float y, String text) {
		return words(72, y, text);
	}

	private static List<Word> rightAligned(float y, String text) {
		return words(500 - 5.5f * text.length(), y, text);
	}

	/** The words of a text in a 10 pt font whose letters are all 5.5 pt wide, from x on. */
	private static List<Word> words(float x, float y, String text) {
		List<Word> words = new ArrayList<>();
		for (String word : text.split(" ")) {
			words.add(new Word(1, x, x + 5.5f * word.length(), y, 10, false, false, word));
			x += 5.5f * (word.length() + 1);
		}
		return words;
	}

}

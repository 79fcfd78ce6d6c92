package com.candidatesearch.parse.read;

import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StyleSheetTests {

	private static final StyleSheet SHEET = StyleSheet.of("<style>/* theme */ span { display: block }"
			+ " .inline { display: inline-block } .side > span { display: inline }"
			+ " @media print { .screen { display: none } } .hint:hover { display: none }"
			+ " div.hidden { display: none } #photo { display: none }</style>");

	@Test
	void givesAnElementTheDisplayOfItsMostSpecificRule() {
		assertThat(SHEET.display(open("span", ""))).isEqualTo(StyleSheet.Display.BLOCK);
		assertThat(SHEET.display(open("span", "inline"))).isEqualTo(StyleSheet.Display.INLINE);
		assertThat(SHEET.display(open("p", "hidden"))).isNull();
	}

	/** A theme hides by its sheet what its options leave out (profiles, notes), which the resume still holds. */
	@Test
	void takesNoHidingFromTheSheet() {
		assertThat(SHEET.display(open("div", "hidden"))).isNull();
		assertThat(SHEET.display(open("img", ""))).isNull();
	}

	@Test
	void matchesAChildCombinatorOnTheParentOnly() {
		Deque<StyleSheet.Element> open = open("div", "side");
		open.push(StyleSheet.Element.of("span", null, null));
		assertThat(SHEET.display(open)).isEqualTo(StyleSheet.Display.INLINE);

		Deque<StyleSheet.Element> deeper = open("div", "side");
		deeper.push(StyleSheet.Element.of("p", null, null));
		deeper.push(StyleSheet.Element.of("span", null, null));
		assertThat(SHEET.display(deeper)).isEqualTo(StyleSheet.Display.BLOCK);
	}

	@Test
	void leavesOutRulesThatHoldOnlySometimes() {
		assertThat(SHEET.display(open("div", "screen"))).isNull();
		assertThat(SHEET.display(open("div", "hint"))).isNull();
	}

	@Test
	void readsAnInlineStyle() {
		assertThat(StyleSheet.inline("color: red; display:none !important")).isEqualTo(StyleSheet.Display.NONE);
		assertThat(StyleSheet.inline("visibility: hidden")).isEqualTo(StyleSheet.Display.NONE);
		assertThat(StyleSheet.inline("display: flex")).isEqualTo(StyleSheet.Display.FLEX);
		assertThat(StyleSheet.inline("display: list-item")).isEqualTo(StyleSheet.Display.BLOCK);
		assertThat(StyleSheet.inline("color: red")).isNull();
	}

	private static Deque<StyleSheet.Element> open(String tag, String classes) {
		Deque<StyleSheet.Element> open = new ArrayDeque<>();
		open.push(StyleSheet.Element.of("body", null, null));
		open.push(StyleSheet.Element.of(tag, classes, tag.equals("img") ? "photo" : null));
		return open;
	}

}

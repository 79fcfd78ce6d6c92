package com.candidatesearch.parse.layout;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulletsTests {

	@Test
	void takesAGlyphThatOpensSeveralLinesForABullet() {
		List<Line> lines = Bullets.markRepeated(List.of(Line.text("Experience"), Line.text("◆ Led the team"),
				Line.text("◆ Cut costs"), Line.text("\u2714\ufe0f Shipped"), Line.text("\u2714\ufe0f Hired"),
				Line.text("\uf105 Wrote the docs"), Line.text("\uf105Ran the release")));

		assertThat(lines).extracting(Line::text)
			.containsExactly("Experience", "Led the team", "Cut costs", "Shipped", "Hired", "Wrote the docs", "Ran the release");
		assertThat(lines).extracting(Line::kind).containsExactly(Line.Kind.TEXT, Line.Kind.ITEM, Line.Kind.ITEM,
				Line.Kind.ITEM, Line.Kind.ITEM, Line.Kind.ITEM, Line.Kind.ITEM);
	}

	@Test
	void leavesASignThatOpensOneLineOrAQuoteOrAnAmount() {
		List<Line> lines = List.of(Line.text("★ Employee of the year"), Line.text("“Great work” – CEO"),
				Line.text("“Fast learner” – CTO"), Line.text("$50k budget"), Line.text("$20k saved"),
				Line.text("» footer"), Line.text("» footer"), Line.text("–2019"), Line.text("–2021"),
				Line.text("+353 555 123 555"), Line.text("+353 127 6689"));

		assertThat(Bullets.markRepeated(lines)).isEqualTo(lines);
	}

	@Test
	void stripsKnownMarksWithOrWithoutASpace() {
		assertThat(Bullets.strip("➤Led the team")).isEqualTo("Led the team");
		assertThat(Bullets.strip("✓ Shipped")).isEqualTo("Shipped");
		assertThat(Bullets.strip("- Shipped")).isEqualTo("Shipped");
		assertThat(Bullets.strip("-5% costs")).isNull();
	}

}

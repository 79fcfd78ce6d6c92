package com.candidatesearch.parse.section;

import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which lines are set as a resume's section headings are. */
class HeadingLookTests {

	@Test
	void aLineAFewPointsSmallerThanTheHeadingsIsNoHeading() {
		HeadingLook look = HeadingLook.of(sized("Work", 1.24f));
		assertThat(look.matches(sized("Madrid, Spain", 1.06f))).isFalse();
	}

	@Test
	void aHeadingWhoseSizeIsRoundedTheOtherWayStillMatches() {
		HeadingLook look = HeadingLook.of(sized("Work", 1.16f));
		assertThat(look.matches(sized("Awards", 1.14f))).isTrue();
	}

	private static Line sized(String text, float size) {
		return new Line(text, Line.Kind.TEXT, 0, false, List.of(), size, true);
	}

}

package com.candidatesearch.parse.read;

import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A section title printed twice, once for phones and once for desktops, is read once. */
class EchoedHeadingsTests {

	@Test
	void aPlainLineEchoingTheHeadingAfterItIsDropped() {
		Line heading = new Line("Work Experience", Line.Kind.HEADING, 4, false, List.of(), 0, true);
		List<Line> lines = DocumentReader.withoutEchoedHeadings(
				List.of(Line.text("Work experience"), heading, Line.text("Acme, Engineer 2020 – 2022")));
		assertThat(lines).extracting(Line::text).containsExactly("Work Experience", "Acme, Engineer 2020 – 2022");
	}

	@Test
	void aPlainLineOverADifferentHeadingStays() {
		Line heading = new Line("Work Experience", Line.Kind.HEADING, 4, false, List.of(), 0, true);
		List<Line> lines = DocumentReader.withoutEchoedHeadings(List.of(Line.text("Background"), heading));
		assertThat(lines).extracting(Line::text).containsExactly("Background", "Work Experience");
	}

}

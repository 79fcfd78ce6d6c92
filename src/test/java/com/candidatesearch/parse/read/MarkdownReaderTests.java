package com.candidatesearch.parse.read;

import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReaderTests {

	/** Found by the parser fuzz test: a line break inside **bold** once cut the line at a stale offset. */
	@Test
	void readsEmphasisThatRunsAcrossALineBreak() {
		List<Line> lines = MarkdownReader.read("Intro **bold\nrunning on** after\n");

		assertThat(lines).extracting(Line::text).containsExactly("Intro bold", "running on after");
		assertThat(lines.get(1).emphasis()).containsExactly("running on");
	}

}

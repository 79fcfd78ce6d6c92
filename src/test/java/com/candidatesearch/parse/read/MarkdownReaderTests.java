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

	@Test
	void leavesOutFrontMatterCommentsAndHeadingAttributes() {
		List<Line> lines = MarkdownReader.read("---\nlayout: cv\ntitle: Ada's CV\n---\n# Ada Lovelace\n\n"
				+ "### Experience {#experience}\n\n<!-- hidden\n- Old job\n-->\n- Wrote the first program\n");

		assertThat(lines).extracting(Line::text).containsExactly("Ada Lovelace", "Experience", "Wrote the first program");
	}

	@Test
	void readsADefinitionListAsATermAndItsLines() {
		List<Line> lines = MarkdownReader.read("Acme Corp\n: *Lead Analyst*\n  __2004-2005__\n\n* Web Design\n  : Built sites.\n");

		assertThat(lines).extracting(Line::text).containsExactly("Acme Corp", "Lead Analyst", "2004-2005", "Web Design",
				"Built sites.");
		assertThat(lines.get(3).kind()).isEqualTo(Line.Kind.ITEM);
	}

	@Test
	void readsATableAsLabelAndContentCells() {
		List<Line> lines = MarkdownReader.read("## Skills\n\n| Area | Tools |\n|------|-------|\n"
				+ "| Languages | Java, Go |\n| Cloud | AWS |\n");

		assertThat(lines).extracting(Line::text).containsExactly("Skills", "Languages", "Java, Go", "Cloud", "AWS");
		assertThat(lines).extracting(Line::kind).containsExactly(Line.Kind.HEADING, Line.Kind.LABEL, Line.Kind.TEXT,
				Line.Kind.LABEL, Line.Kind.TEXT);
	}

	@Test
	void writesOutALinkTargetItsTextDoesNotShow() {
		List<Line> lines = MarkdownReader.read("[GitHub](https://github.com/ada) | [ada.dev](https://ada.dev)\n\n"
				+ "<div><a href=\"http://en.wikipedia.org/wiki/Ada\">My wikipedia page</a></div>\n");

		assertThat(lines).extracting(Line::text)
			.containsExactly("GitHub https://github.com/ada | ada.dev", "My wikipedia page http://en.wikipedia.org/wiki/Ada");
	}

}

package com.candidatesearch.parse.read;

import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

import static com.candidatesearch.parse.read.HtmlReading.lines;
import static com.candidatesearch.parse.read.HtmlReading.texts;
import static org.assertj.core.api.Assertions.assertThat;

class HtmlLineCollectorTests {

	@Test
	void setsSpansOnLinesOfTheirOwnWhereThePageStyleMakesThemBlocks() throws Exception {
		String html = "<html><head><style>span, q { display: block; } .summary:empty { display: none; }</style></head>"
				+ "<body><div><span class=\"name\">Ada Lovelace</span><span class=\"label\">Analyst</span></div>"
				+ "<p>Wrote <span>the first</span> program.</p></body></html>";

		assertThat(texts(html)).containsExactly("Ada Lovelace", "Analyst", "Wrote", "the first", "program.");
	}

	@Test
	void setsEachChildOfAFlexContainerOnALineOfItsOwn() throws Exception {
		String html = "<html><head><style>.title { display: flex; justify-content: space-between }</style></head>"
				+ "<body><div class=\"title\"><a href=\"https://acme.example.com\"><b>Acme Corp</b></a> Senior Analyst</div>"
				+ "<div>Jan 2020 - Present</div></body></html>";

		List<Line> lines = lines(html);

		assertThat(lines).extracting(Line::text).containsExactly("Acme Corp", "Senior Analyst", "Jan 2020 - Present");
		assertThat(lines.get(0).bold()).isTrue();
	}

	@Test
	void breaksTheLineWhereTwoElementsWouldGlueTwoWords() throws Exception {
		String html = "<body><div><span>Ada Lovelace</span><span>Senior Analyst</span></div>"
				+ "<p><b>Skills:</b> Java, <i>Go</i></p></body>";

		assertThat(texts(html)).containsExactly("Ada Lovelace", "Senior Analyst", "Skills: Java, Go");
	}

	@Test
	void keepsAListItemOnOneLineWhereItsPartsAreGlued() throws Exception {
		String html = "<body><h2>Languages</h2><ul><li><span>English</span><span class=\"level\">Native</span></li></ul></body>";

		assertThat(texts(html)).containsExactly("Languages", "English Native");
	}

	@Test
	void leavesOutWhatTheReaderNeverSees() throws Exception {
		String html = "<html><head><style>.profiles { display: none }</style></head><body>"
				+ "<nav><a href=\"#about\">About</a></nav><h1>Ada Lovelace</h1>"
				+ "<p style=\"display: none\">draft</p><p hidden>old</p><span aria-hidden=\"true\">icon</span>"
				+ "<span class=\"sr-only\">opens a new tab</span><svg><title>GitHub</title></svg><p>Analyst</p>"
				+ "<div class=\"profiles\">GitHub: ada</div></body></html>";

		assertThat(texts(html)).containsExactly("Ada Lovelace", "Analyst", "GitHub: ada");
	}

	@Test
	void dropsAMenuOfInPageLinksButNotASingleOne() throws Exception {
		String html = "<body><div><a href=\"#about\">About</a> <a href=\"#experience\">Experience</a> "
				+ "<a href=\"#education\">Education</a></div><h1>Ada Lovelace</h1>"
				+ "<p><a href=\"#top\">Back to top</a></p></body>";

		assertThat(texts(html)).containsExactly("Ada Lovelace", "Back to top");
	}

	@Test
	void writesOutTheTargetOfALinkWhoseTextDoesNotShowIt() throws Exception {
		String html = "<body><h1>Ada Lovelace</h1><ul>"
				+ "<li><a href=\"https://github.com/ada\">ada</a></li>"
				+ "<li><a href=\"https://www.linkedin.com/in/ada-l/\"><i class=\"fa fa-linkedin\"></i></a></li>"
				+ "<li><a href=\"mailto:ada@example.org\">Email me</a></li>"
				+ "<li><a href=\"https://ada.example.org\">ada.example.org</a></li>"
				+ "<li><a href=\"https://acme.example.com\">Acme</a></li></ul></body>";

		assertThat(texts(html)).containsExactly("Ada Lovelace", "ada https://github.com/ada",
				"https://www.linkedin.com/in/ada-l/", "Email me ada@example.org", "ada.example.org", "Acme");
	}

	@Test
	void keepsALabelCellALabelInANestedTable() throws Exception {
		String html = "<body><table><tr><td>Experience</td><td><table><tr><td>Feb. 2019 – Nov. 2021</td><td>Analyst at Acme, "
				+ "where she wrote the first program</td></tr></table></td></tr>"
				+ "<tr><td>Education</td><td>University of London</td></tr></table></body>";

		List<Line> lines = lines(html);

		assertThat(lines).extracting(Line::text)
			.containsExactly("Experience", "Feb. 2019 – Nov. 2021", "Analyst at Acme, where she wrote the first program", "Education",
					"University of London");
		assertThat(lines).extracting(Line::kind)
			.containsExactly(Line.Kind.LABEL, Line.Kind.LABEL, Line.Kind.TEXT, Line.Kind.LABEL, Line.Kind.TEXT);
	}

	@Test
	void takesAParagraphForAHeadingByASectionTitleClassButNotByAJobTitleOne() throws Exception {
		String html = "<body><h1>Ada Lovelace</h1><p class=\"title\">Senior Analyst</p>"
				+ "<p class=\"section-title\">Experience</p><p class=\"block-heading\">Education</p></body>";

		assertThat(lines(html)).extracting(Line::kind)
			.containsExactly(Line.Kind.HEADING, Line.Kind.TEXT, Line.Kind.HEADING, Line.Kind.HEADING);
	}

	/** Tika writes the paragraphs of an ODT text frame as a space before and after each, inside one paragraph. */
	@Test
	void partsTheParagraphsOfAnOfficeTextFrame() {
		HtmlLineCollector collector = new HtmlLineCollector(true, 10_000);
		collector.startElement("", "p", "p", new AttributesImpl());
		collector.startElement("", "div", "div", new AttributesImpl());
		for (String text : List.of(" ", "Contact", " ", " ", "London, UK ", " ", " ", "ada@example.org", " ")) {
			collector.characters(text.toCharArray(), 0, text.length());
		}
		collector.endElement("", "div", "div");
		collector.endElement("", "p", "p");

		assertThat(collector.lines()).extracting(Line::text).containsExactly("Contact", "London, UK", "ada@example.org");
	}


	@Test
	void tagsDrawnInBoxesOfTheirOwnAreSetApartAndPlainInlineBoxesAreNot() throws Exception {
		String html = """
				<html><head><style>
				.label-keyword { display: inline-block; background: #7eb0db; padding: 5px; }
				.plain { display: inline-block; }
				</style></head><body>
				<p><span class="label-keyword">Unified Process</span>
				<span class="label-keyword">MS Project</span> <span class="label-keyword">Agile</span></p>
				<p><span class="plain">Process</span> <span class="plain">Management</span></p>
				</body></html>""";
		assertThat(HtmlReading.texts(html)).containsExactly("Unified Process · MS Project · Agile", "Process Management");
	}

}

package com.candidatesearch.parse.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RTF files read whole: a list under a bold caption (as Word and LibreOffice write it), whose
 * first item Tika's reader took for a paragraph, and links as AbiWord writes them, whose text
 * it skipped and whose target it printed.
 */
class RtfRepairsTests {

	private static final String LIST_UNDER_CAPTION = """
			{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}
			\\pard\\plain\\f0\\b Highlights\\par
			\\pard\\plain\\f0{\\listtext\\'95\\tab}\\ilvl0\\ls1 Shipped the parser\\par
			\\pard\\plain\\f0{\\listtext\\'95\\tab}\\ilvl0\\ls1 Led the search team\\par
			\\pard\\plain\\f0 Written by \\\\par hand\\par
			}""";

	@Test
	void everyItemOfAListUnderABoldCaptionIsAListItem() throws Exception {
		List<Line> lines = read(LIST_UNDER_CAPTION);
		assertThat(lines).filteredOn(line -> line.kind() == Line.Kind.ITEM)
			.extracting(Line::text)
			.containsExactly("Shipped the parser", "Led the search team");
		assertThat(lines).filteredOn(line -> line.text().equals("Highlights")).singleElement()
			.extracting(Line::bold).isEqualTo(true);
	}

	@Test
	void aListMarkThatShowsNothingMakesNoListItem() throws Exception {
		// LibreOffice's RTF of an AbiWord file: the headings' outline numbering, with no list defined
		String rtf = """
				{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}
				\\pard\\plain\\f0{\\listtext\\pard\\plain \\tab}\\ls1 \\li0\\ql{\\loch Experience}\\par
				\\pard\\plain\\f0{\\loch Software Engineer, Spotify, 2019 - 2023}\\par
				\\pard\\plain\\f0{\\listtext\\'95\\tab}\\ilvl0\\ls2 Built the playlist service\\par
				}""";
		List<Line> lines = read(rtf);
		assertThat(lines).filteredOn(line -> line.text().equals("Experience")).singleElement()
			.extracting(Line::kind).isEqualTo(Line.Kind.TEXT);
		assertThat(lines).filteredOn(line -> line.kind() == Line.Kind.ITEM).extracting(Line::text)
			.containsExactly("Built the playlist service");
	}

	@Test
	void anEscapedBackslashBeforeParStaysText() throws Exception {
		assertThat(read(LIST_UNDER_CAPTION)).extracting(Line::text).contains("Written by \\par hand");
	}

	@Test
	void aLinkAsAbiWordWritesItKeepsItsTextAndNotItsInstruction() throws Exception {
		String rtf = """
				{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}
				\\pard\\plain\\f0 Links\\par
				\\pard\\plain{\\field{\\*\\fldinst {\\cf3\\f1\\fs24\\lang1081{\\*\\listtag0} HYPERLINK "https://github.com/jmclaughlin"}}\
				{\\*\\fldrslt{\\cf3\\f0\\b github.com}{\\cf3\\f0 /jmclaughlin}}}\\par
				}""";
		assertThat(read(rtf)).extracting(Line::text)
			.noneMatch(text -> text.contains("HYPERLINK"))
			.anyMatch(text -> text.startsWith("github.com") && text.endsWith("/jmclaughlin"));
	}

	private static List<Line> read(String rtf) throws Exception {
		return new DocumentReader(new ScannedPdfReader(null), false)
			.read("resume.rtf", rtf.getBytes(StandardCharsets.US_ASCII), "application/rtf")
			.lines();
	}

}

package com.candidatesearch.parse.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list under a bold caption in an RTF file (as Word and LibreOffice write it) is read whole:
 * Tika's reader used to open the first item's paragraph before it saw the list marks.
 */
class RtfListsTests {

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
	void anEscapedBackslashBeforeParStaysText() throws Exception {
		assertThat(read(LIST_UNDER_CAPTION)).extracting(Line::text).contains("Written by \\par hand");
	}

	private static List<Line> read(String rtf) throws Exception {
		return new DocumentReader(new ScannedPdfReader(null), false)
			.read("resume.rtf", rtf.getBytes(StandardCharsets.US_ASCII), "application/rtf")
			.lines();
	}

}

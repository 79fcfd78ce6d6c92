package com.candidatesearch.parse.read;

import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfLinksTests {

	@Test
	void writesAProfileLinkedFromAHandleAfterIt() {
		List<String> lines = texts(new TestPdf().text(72, 100, "Ada Lovelace")
			.text(72, 130, "adal")
			.link(70, 120, 30, 14, "https://github.com/adal")
			.text(72, 150, "0000000/ada")
			.link(70, 140, 60, 14, "https://stackoverflow.com/users/0000000/ada"));
		assertThat(String.join(" ", lines)).contains("adal https://github.com/adal",
				"0000000/ada https://stackoverflow.com/users/0000000/ada");
	}

	@Test
	void writesTheAddressOfAMailLinkThatOnlyNamesIt() {
		List<String> lines = texts(new TestPdf().text(72, 100, "Email").link(70, 90, 40, 14, "mailto:ada@example.org"));
		assertThat(lines).containsExactly("Email ada@example.org");
	}

	@Test
	void writesNothingWhereTheTextShowsTheTargetOrTheLinkIsNoContact() {
		List<String> lines = texts(new TestPdf().text(72, 100, "github.com/adal")
			.link(70, 90, 90, 14, "https://github.com/adal")
			.text(72, 130, "Analytical Engine")
			.link(70, 120, 100, 14, "https://github.com/adal/engine")
			.text(72, 160, "Notes on the engine")
			.link(70, 150, 110, 14, "https://doi.org/10.1000/182"));
		assertThat(lines).containsExactly("github.com/adal", "Analytical Engine", "Notes on the engine");
	}

	@Test
	void aLinkCoversOnlyTheWordsUnderItsBox() {
		List<String> lines = texts(new TestPdf().text(72, 100, "Code").text(200, 100, "adal")
			.link(198, 90, 30, 14, "https://gitlab.com/adal"));
		assertThat(String.join("\n", lines)).contains("adal https://gitlab.com/adal").doesNotContain("Code https");
	}

	@Test
	void putsAnAddressWrappedOntoTwoLinesBackTogether() {
		List<String> lines = texts(new TestPdf().text(72, 100, "ada.lovelace@exampl")
			.text(72, 112, "e.org")
			.link(70, 90, 100, 13, "mailto:ada.lovelace@example.org")
			.link(70, 103, 30, 13, "mailto:ada.lovelace@example.org"));
		assertThat(lines).containsExactly("ada.lovelace@example.org");
	}

	private static List<String> texts(TestPdf pdf) {
		return pdf.lines().stream().map(Line::text).toList();
	}

}

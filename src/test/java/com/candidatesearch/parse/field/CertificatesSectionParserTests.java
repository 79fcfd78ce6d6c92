package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Certificate;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a certificates section is read into certificates, their issuers and dates. */
class CertificatesSectionParserTests {

	private static Line item(String text, String emphasis) {
		return new Line(text, Line.Kind.ITEM, 0, false, List.of(emphasis), 0, false);
	}

	@Test
	void theLookEndsTheNameAndTheLastPartAfterItIsTheIssuer() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(
				item("Food Safety Level 2 - Harbour Catering College (2018)", "Food Safety Level 2"),
				item("Spreadsheet Basics - Evening class, Open Learning (2021)", "Spreadsheet Basics")));
		assertThat(certificates).containsExactly(new Certificate("Food Safety Level 2", "2018", "Harbour Catering College"),
				new Certificate("Spreadsheet Basics", "2021", "Open Learning"));
	}

}

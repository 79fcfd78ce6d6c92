package com.candidatesearch.parse.field;

import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ResumeParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderReaderTests {

	@Test
	void aFileNameGivesANameOnlyWhenItReadsAsOne() {
		assertThat(HeaderReader.nameFromFile("Jane_Doe_Resume_2024.pdf")).isEqualTo("Jane Doe");
		assertThat(HeaderReader.nameFromFile("jane-doe.docx")).isEqualTo("Jane Doe");
		assertThat(HeaderReader.nameFromFile("CV - María José García.pdf")).isEqualTo("María José García");
		assertThat(HeaderReader.nameFromFile("resume.pdf")).isNull();
		assertThat(HeaderReader.nameFromFile("12345.txt")).isNull();
		assertThat(HeaderReader.nameFromFile("x.txt")).isNull();
		assertThat(HeaderReader.nameFromFile("Smith.pdf")).as("one word is not enough").isNull();
		assertThat(HeaderReader.nameFromFile("Senior_Software_Engineer.pdf")).as("a job title").isNull();
		assertThat(HeaderReader.nameFromFile("scan0042 (1).pdf")).isNull();
	}

	@Test
	void aResumeWithoutANameAnywhereHasNone() throws Exception {
		ParseResult result = new ResumeParser().parse("resume.txt",
				"SKILLS\nCOBOL, Fortran, Ada\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.resume().name()).isNull();
	}

}

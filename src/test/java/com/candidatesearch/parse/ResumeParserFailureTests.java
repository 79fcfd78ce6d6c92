package com.candidatesearch.parse;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static com.candidatesearch.parse.HostileFiles.protectedPdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the parser does with files that are not, or not quite, resumes. */
class ResumeParserFailureTests {

	private final ResumeParser parser = new ResumeParser();

	@Test
	void rejectsEmptyFileWithMessage() {
		assertThatExceptionOfType(EmptyResumeException.class).isThrownBy(() -> this.parser.parse("cv.pdf", new byte[0]))
			.withMessage("cv.pdf is empty: upload the resume file again.");
	}

	@Test
	void rejectsCorruptPdfWithMessage() {
		byte[] truncated = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(CorruptResumeException.class).isThrownBy(() -> this.parser.parse("cv.pdf", truncated))
			.withMessageStartingWith("cv.pdf is damaged or truncated");
	}

	@Test
	void readsPdfThatIsReallyTextByItsContent() throws Exception {
		byte[] text = "Jane Doe\njane.doe@example.com\n\nSKILLS\nJava, SQL\n".getBytes(StandardCharsets.UTF_8);
		ParseResult result = this.parser.parse("cv.pdf", text);
		assertThat(result.mediaType()).isEqualTo("text/plain");
		assertThat(result.resume().name()).isEqualTo("Jane Doe");
		assertThat(result.resume().allSkills()).containsExactly("Java", "SQL");
	}

	@Test
	void rejectsPasswordProtectedPdfWithMessage() throws Exception {
		byte[] encrypted = protectedPdf();
		assertThatExceptionOfType(EncryptedResumeException.class)
			.isThrownBy(() -> this.parser.parse("locked.pdf", encrypted))
			.withMessage("locked.pdf is protected by a password: remove the protection (or export an unprotected copy) "
					+ "and upload it again.");
	}

	@Test
	void rejectsImageWithMessage() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatExceptionOfType(UnsupportedResumeFormatException.class)
			.isThrownBy(() -> this.parser.parse("photo.png", png))
			.withMessageStartingWith("photo.png is an image (image/png), not a resume document");
	}

	@Test
	void importsJsonResumeWithoutTextParsing() throws Exception {
		String resume = """
				{"basics": {"name": "Jane Doe", "email": "jane@example.com"},
				 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01"}],
				 "skills": [{"name": "Languages", "keywords": ["Java", "C++"]}],
				 "volunteer": [{"organization": "Shelter"}], "meta": {"version": "v1"}}
				""";
		ParseResult result = this.parser.parse("jane.json", resume.getBytes(StandardCharsets.UTF_8));
		assertThat(result.resume().name()).isEqualTo("Jane Doe");
		assertThat(result.resume().work()).singleElement().satisfies(work -> {
			assertThat(work.name()).isEqualTo("Acme");
			assertThat(work.startDate()).isEqualTo("2020-01");
		});
		assertThat(result.resume().allSkills()).containsExactly("Java", "C++");
	}

	@Test
	void rejectsJsonThatIsNoResume() {
		byte[] other = "{\"orders\": [1, 2, 3], \"total\": 6}".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(UnsupportedResumeFormatException.class)
			.isThrownBy(() -> this.parser.parse("orders.json", other))
			.withMessageStartingWith("orders.json is JSON but not a JSON Resume");
	}

	@Test
	void warnsWhenNoEmailIsFound() throws Exception {
		byte[] text = "Jane Doe\n\nEXPERIENCE\nAcme Corp, Engineer\n2019 - 2021\n".getBytes(StandardCharsets.UTF_8);
		assertThat(this.parser.parse("cv.txt", text).warnings()).contains("No e-mail address found.");
	}

}

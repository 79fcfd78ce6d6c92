package com.candidatesearch.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.candidatesearch.parse.read.DocumentReader;
import com.candidatesearch.parse.read.ZipExpansion;
import org.junit.jupiter.api.Test;

import static com.candidatesearch.parse.HostileFiles.billionLaughsDocx;
import static com.candidatesearch.parse.HostileFiles.docx;
import static com.candidatesearch.parse.HostileFiles.huge;
import static com.candidatesearch.parse.HostileFiles.lyingZipBombDocx;
import static com.candidatesearch.parse.HostileFiles.scannedPdf;
import static com.candidatesearch.parse.HostileFiles.truncatedPdf;
import static com.candidatesearch.parse.HostileFiles.xxeDocx;
import static com.candidatesearch.parse.HostileFiles.zipBombDocx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Files that are broken, disguised or built to hurt: each fails alone, fast, with a message a person can act on. */
class HostileFileTests {

	private final ResumeParser parser = new ResumeParser();

	@Test
	void rejectsATruncatedPdfWithMessage() throws Exception {
		byte[] half = truncatedPdf();

		assertThatExceptionOfType(ResumeParseException.class).isThrownBy(() -> this.parser.parse("cut.pdf", half))
			.withMessageStartingWith("cut.pdf ");
	}

	@Test
	void rejectsAFileFarLargerThanAnyResume() {
		byte[] huge = huge();

		assertThatExceptionOfType(ResumeTooLargeException.class).isThrownBy(() -> this.parser.parse("big.txt", huge))
			.withMessage("big.txt is 50 MB, far more than any resume: upload the resume alone, saved as a plain PDF "
					+ "or Word file of a few pages.");
	}

	@Test
	void rejectsADocxThatExpandsLikeAZipBombWithoutHanging() throws Exception {
		byte[] bomb = zipBombDocx();
		long started = System.nanoTime();

		assertThatExceptionOfType(ResumeTooLargeException.class).isThrownBy(() -> this.parser.parse("bomb.docx", bomb))
			.withMessage("bomb.docx expands to far more than any resume holds (a zip bomb?): save it again as a plain "
					+ "PDF or Word file.");
		assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds to give up").isLessThan(5);
	}

	@Test
	void refusesADocxWhoseHeadersUnderstateItsExpansionBeforeAnyLibraryReadsIt() throws Exception {
		byte[] bomb = lyingZipBombDocx();
		long started = System.nanoTime();

		assertThatExceptionOfType(ResumeTooLargeException.class).isThrownBy(() -> this.parser.parse("liar.docx", bomb))
			.withMessage("liar.docx expands to far more than any resume holds (a zip bomb?): save it again as a plain "
					+ "PDF or Word file.")
			.withNoCause();
		assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds to give up").isLessThan(5);
	}

	@Test
	void countsWhatEachEntryReallyInflatesToAndNotWhatItsHeadersSay() throws Exception {
		byte[] honest = docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
				+ "<w:body><w:p><w:r><w:t>Ada Lovelace</w:t></w:r></w:p></w:body></w:document>");

		assertThat(ZipExpansion.isBomb(lyingZipBombDocx())).isTrue();
		assertThat(ZipExpansion.isBomb(honest)).isFalse();
		assertThat(ZipExpansion.isBomb("not a zip".getBytes(StandardCharsets.UTF_8))).isFalse();
	}

	@Test
	void givesUpOnAFileThatTakesLongerThanTheTimeLimit() {
		long started = System.nanoTime();

		assertThatExceptionOfType(ResumeTooLargeException.class)
			.isThrownBy(() -> DocumentReader.bounded("slow.pdf", () -> {
				Thread.sleep(60_000);
				return null;
			}, 1))
			.withMessage("slow.pdf took more than 1 seconds to read, far longer than any resume: save it again as a "
					+ "plain PDF or Word file.");
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to give up").isLessThan(3000);
	}

	@Test
	void saysOcrIsMissingWhenAScanCannotBeRead() throws Exception {
		ResumeParser withoutOcr = new ResumeParser("/nonexistent/tesseract/");

		assertThatExceptionOfType(ScannedResumeException.class)
			.isThrownBy(() -> withoutOcr.parse("scan.pdf", scannedPdf()))
			.withMessageContaining("scan.pdf has no text layer")
			.withMessageContaining("install Tesseract (apt-get install tesseract-ocr)");
	}

	@Test
	void readsAScanWithOcrWhenTesseractIsInstalled() throws Exception {
		assumeThat(Files.isExecutable(Path.of("/usr/bin/tesseract"))).as("tesseract-ocr installed (.ci/run installs it)")
			.isTrue();

		ParseResult result = this.parser.parse("scan.pdf", scannedPdf());

		assertThat(result.resume().name()).isEqualTo("Grace Hopper");
		assertThat(result.resume().basics().email()).isEqualTo("grace@example.org");
		assertThat(result.warnings()).contains("The file is a scan; its text was read by OCR and may hold misread characters.");
	}

	@Test
	void neverReadsAFileAnXmlEntityPointsAt() throws Exception {
		Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "TOP-SECRET-7731");
		byte[] docx = xxeDocx(secret.toUri());

		try {
			ParseResult result = this.parser.parse("xxe.docx", docx);
			assertThat(result.text()).doesNotContain("TOP-SECRET-7731");
		}
		catch (ResumeParseException refused) {
			assertThat(refused.getMessage()).startsWith("xxe.docx ").doesNotContain("TOP-SECRET-7731");
		}
	}

	@Test
	void refusesBillionLaughsQuickly() throws Exception {
		byte[] docx = billionLaughsDocx();
		long started = System.nanoTime();

		assertThatExceptionOfType(ResumeParseException.class).isThrownBy(() -> this.parser.parse("laughs.docx", docx))
			.withMessageStartingWith("laughs.docx ");
		assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds to give up").isLessThan(5);
	}

}

package com.candidatesearch.parse;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Files that are broken, disguised or built to hurt: each fails alone, fast, with a message a person can act on. */
class HostileFileTests {

	private final ResumeParser parser = new ResumeParser();

	@Test
	void rejectsATruncatedPdfWithMessage() throws Exception {
		byte[] whole = SeedResumeTests.bytes("seeds/002_ebfafff7a943e743.pdf");
		byte[] half = Arrays.copyOf(whole, whole.length / 3);

		assertThatExceptionOfType(ResumeParseException.class).isThrownBy(() -> this.parser.parse("cut.pdf", half))
			.withMessageStartingWith("cut.pdf ");
	}

	@Test
	void rejectsAFileFarLargerThanAnyResume() {
		byte[] huge = new byte[50 * 1024 * 1024];
		Arrays.fill(huge, (byte) 'a');

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
		byte[] docx = docx("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
				+ "<w:p><w:r><w:t>Ada Lovelace &x;</w:t></w:r></w:p></w:body></w:document>");

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
		StringBuilder entities = new StringBuilder("<!ENTITY l0 \"ha\">");
		for (int i = 1; i < 12; i++) {
			entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		byte[] docx = docx("<?xml version=\"1.0\"?><!DOCTYPE d [" + entities + "]>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
				+ "<w:p><w:r><w:t>&l11;</w:t></w:r></w:p></w:body></w:document>");
		long started = System.nanoTime();

		assertThatExceptionOfType(ResumeParseException.class).isThrownBy(() -> this.parser.parse("laughs.docx", docx))
			.withMessageStartingWith("laughs.docx ");
		assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds to give up").isLessThan(5);
	}

	/** A minimal DOCX around the given document part. */
	private static byte[] docx(String documentXml) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write(RELATIONSHIPS.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

	private static final String RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

	/** A one-page PDF holding only a picture of a short resume, as a scanner makes. */
	static byte[] scannedPdf() throws Exception {
		BufferedImage page = new BufferedImage(1700, 2200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
		g.drawString("Grace Hopper", 150, 250);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
		g.drawString("grace@example.org", 150, 340);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
		g.drawString("EXPERIENCE", 150, 500);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
		g.drawString("Computer Scientist, US Navy, 1943 - 1986", 150, 580);
		g.dispose();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage pdfPage = new PDPage(PDRectangle.LETTER);
			document.addPage(pdfPage);
			PDImageXObject image = LosslessFactory.createFromImage(document, page);
			try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
				content.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	/** What the lying bomb's headers, local and central, claim its document part expands to. */
	private static final int CLAIMED_SIZE = 60_000;

	/**
	 * A DOCX whose document part inflates to 300 MB of spaces while both its local and its central
	 * header claim 60,000 bytes, written byte by byte since no zip library writes a lie.
	 */
	static byte[] lyingZipBombDocx() throws Exception {
		ByteArrayOutputStream part = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		try (DeflaterOutputStream out = new DeflaterOutputStream(part, deflater, 64 * 1024)) {
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
					+ "<w:body><w:p><w:r><w:t>Ada Lovelace").getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				out.write(spaces);
			}
			out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
		}
		finally {
			deflater.end();
		}
		LyingZip zip = new LyingZip();
		zip.add("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
		zip.add("_rels/.rels", RELATIONSHIPS.getBytes(StandardCharsets.UTF_8));
		zip.addDeflated("word/document.xml", part.toByteArray(), CLAIMED_SIZE);
		return zip.finish();
	}

	/** Writes a zip's local headers, central directory and end record with whatever sizes it is told. */
	private static final class LyingZip {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final ByteArrayOutputStream central = new ByteArrayOutputStream();

		private int entries;

		void add(String name, byte[] data) {
			CRC32 crc = new CRC32();
			crc.update(data);
			entry(name, 0, data, (int) crc.getValue(), data.length);
		}

		void addDeflated(String name, byte[] deflated, int claimedSize) {
			entry(name, 8, deflated, 0, claimedSize);
		}

		private void entry(String name, int method, byte[] data, int crc, int size) {
			byte[] fileName = name.getBytes(StandardCharsets.UTF_8);
			int offset = this.out.size();
			ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
			local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method).putInt(0)
				.putInt(crc).putInt(data.length).putInt(size).putShort((short) fileName.length).putShort((short) 0);
			this.out.writeBytes(local.array());
			this.out.writeBytes(fileName);
			this.out.writeBytes(data);
			ByteBuffer header = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
			header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) method)
				.putInt(0).putInt(crc).putInt(data.length).putInt(size).putShort((short) fileName.length)
				.putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
			this.central.writeBytes(header.array());
			this.central.writeBytes(fileName);
			this.entries++;
		}

		byte[] finish() {
			int start = this.out.size();
			this.out.writeBytes(this.central.toByteArray());
			ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
			end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) this.entries)
				.putShort((short) this.entries).putInt(this.central.size()).putInt(start).putShort((short) 0);
			this.out.writeBytes(end.array());
			return this.out.toByteArray();
		}

	}

	/** A DOCX whose document part expands from a few hundred kilobytes to a gigabyte of text. */
	private static byte[] zipBombDocx() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write(RELATIONSHIPS.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
					+ "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
			byte[] block = new byte[1024 * 1024];
			Arrays.fill(block, (byte) 'a');
			for (int i = 0; i < 1024; i++) {
				zip.write(block);
			}
			zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}

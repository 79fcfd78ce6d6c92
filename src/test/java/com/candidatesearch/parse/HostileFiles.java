package com.candidatesearch.parse;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Files that are broken, disguised or built to hurt, shared by the parser's tests and the
 * hostile-input harness that sends them to the packaged application.
 */
public final class HostileFiles {

	private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

	private static final String RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

	private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
			+ "<w:body><w:p><w:r><w:t>";

	private static final String DOCUMENT_END = "</w:t></w:r></w:p></w:body></w:document>";

	/** What the document part of both zip bombs inflates to: a gigabyte of text. */
	private static final int BOMB_MEGABYTES = 1024;

	/** What the lying zip bomb's headers claim its document part holds. */
	public static final int LYING_SIZE = 60_000;

	private HostileFiles() {
	}

	/** A minimal DOCX around the given document part. */
	public static byte[] docx(String documentXml) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write(RELATIONSHIPS.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A DOCX whose document part declares an external entity naming this file, and uses it. */
	public static byte[] xxeDocx(URI secret) {
		return docx("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret + "\">]>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
				+ "<w:p><w:r><w:t>Ada Lovelace &x;</w:t></w:r></w:p></w:body></w:document>");
	}

	/** A DOCX whose document part nests entities ten deep, ten to a level: 10^11 laughs. */
	public static byte[] billionLaughsDocx() {
		StringBuilder entities = new StringBuilder("<!ENTITY l0 \"ha\">");
		for (int i = 1; i < 12; i++) {
			entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		return docx("<?xml version=\"1.0\"?><!DOCTYPE d [" + entities + "]>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
				+ "<w:p><w:r><w:t>&l11;</w:t></w:r></w:p></w:body></w:document>");
	}

	/** A DOCX whose document part expands from about a megabyte to a gigabyte of text, and says so. */
	public static byte[] zipBombDocx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write(RELATIONSHIPS.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			writeBombDocument(zip);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The document part both bombs inflate to: a gigabyte of one letter between the tags of a paragraph. */
	private static void writeBombDocument(OutputStream document) throws IOException {
		document.write(DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
		byte[] block = new byte[1024 * 1024];
		Arrays.fill(block, (byte) 'a');
		for (int i = 0; i < BOMB_MEGABYTES; i++) {
			document.write(block);
		}
		document.write(DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A DOCX whose document part inflates to a gigabyte while both its local and its central
	 * header claim {@value #LYING_SIZE} bytes, so that no look at the headers gives it away.
	 */
	public static byte[] lyingZipBombDocx() {
		// Deflating a gigabyte takes seconds; the bytes never change, so they are made once.
		if (lyingZipBomb == null) {
			lyingZipBomb = buildLyingZipBombDocx();
		}
		return lyingZipBomb.clone();
	}

	private static volatile byte[] lyingZipBomb;

	private static byte[] buildLyingZipBombDocx() {
		ZipWriter zip = new ZipWriter();
		zip.add("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
		zip.add("_rels/.rels", RELATIONSHIPS.getBytes(StandardCharsets.UTF_8));
		CRC32 crc = new CRC32();
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try (OutputStream document = new CheckedOutputStream(new DeflaterOutputStream(compressed, deflater), crc)) {
			writeBombDocument(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		zip.add("word/document.xml", compressed.toByteArray(), crc.getValue(), LYING_SIZE);
		return zip.finish();
	}

	/**
	 * A small PDF whose single content stream, shared by every page, shows a character this many
	 * times per page, each a little further along, so reading its text takes PDFBox a long time.
	 */
	public static byte[] runawayPdf(int pages, int operatorsPerPage) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			StringBuilder content = new StringBuilder("BT /F1 1 Tf 0.1 TL 10 780 Td\n");
			for (int i = 0; i < operatorsPerPage; i++) {
				content.append("(a) '\n");
			}
			content.append("ET\n");
			PDStream stream = new PDStream(document);
			try (var raw = stream.createOutputStream(COSName.FLATE_DECODE)) {
				raw.write(content.toString().getBytes(StandardCharsets.US_ASCII));
			}
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				page.setResources(new PDResources());
				page.getResources().put(COSName.getPDFName("F1"), font);
				page.setContents(stream);
				document.addPage(page);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A one-page PDF holding only a picture of a short resume, as a scanner makes. */
	public static byte[] scannedPdf() {
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
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A one-page PDF that opens only with a password. */
	public static byte[] protectedPdf() {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Jane Doe");
				content.endText();
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first third of a seed resume's PDF. */
	public static byte[] truncatedPdf() {
		byte[] whole = SeedResumeTests.bytes("seeds/002_ebfafff7a943e743.pdf");
		return Arrays.copyOf(whole, whole.length / 3);
	}

	/** A PDF that breaks off inside its first object. */
	public static byte[] corruptPdf() {
		return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII);
	}

	/** The start of a PNG picture. */
	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	/** A plain-text resume, whatever name it is given. */
	public static byte[] textResume() {
		return "Jane Doe\njane.doe@example.com\n\nSKILLS\nJava, SQL\n".getBytes(StandardCharsets.UTF_8);
	}

	/** JSON that is not a JSON Resume. */
	public static byte[] jsonNotResume() {
		return "{\"orders\": [1, 2, 3], \"total\": 6}".getBytes(StandardCharsets.UTF_8);
	}

	/** Fifty megabytes of one letter. */
	public static byte[] huge() {
		byte[] huge = new byte[50 * 1024 * 1024];
		Arrays.fill(huge, (byte) 'a');
		return huge;
	}

	/**
	 * Writes a zip archive by hand, because {@link ZipOutputStream} always writes the true sizes
	 * and a lying archive is the point.
	 */
	private static final class ZipWriter {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final ByteArrayOutputStream central = new ByteArrayOutputStream();

		private int entries;

		/** An entry that tells the truth about itself. */
		void add(String name, byte[] content) {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
			try (OutputStream out = new DeflaterOutputStream(compressed, deflater)) {
				out.write(content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				deflater.end();
			}
			CRC32 crc = new CRC32();
			crc.update(content);
			add(name, compressed.toByteArray(), crc.getValue(), content.length);
		}

		/** An entry of raw deflated data that claims to inflate to {@code size} bytes, in both its headers. */
		void add(String name, byte[] compressed, long crc, long size) {
			byte[] fileName = name.getBytes(StandardCharsets.UTF_8);
			int offset = this.out.size();
			ByteBuffer local = ByteBuffer.allocate(30 + fileName.length).order(ByteOrder.LITTLE_ENDIAN);
			local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8)
				.putShort((short) 0).putShort((short) 0x21)
				.putInt((int) crc).putInt(compressed.length).putInt((int) size)
				.putShort((short) fileName.length).putShort((short) 0).put(fileName);
			this.out.writeBytes(local.array());
			this.out.writeBytes(compressed);
			ByteBuffer entry = ByteBuffer.allocate(46 + fileName.length).order(ByteOrder.LITTLE_ENDIAN);
			entry.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
				.putShort((short) 0).putShort((short) 0x21)
				.putInt((int) crc).putInt(compressed.length).putInt((int) size)
				.putShort((short) fileName.length).putShort((short) 0).putShort((short) 0)
				.putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).put(fileName);
			this.central.writeBytes(entry.array());
			this.entries++;
		}

		byte[] finish() {
			int start = this.out.size();
			byte[] directory = this.central.toByteArray();
			this.out.writeBytes(directory);
			ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
			end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) this.entries)
				.putShort((short) this.entries).putInt(directory.length).putInt(start).putShort((short) 0);
			this.out.writeBytes(end.array());
			return this.out.toByteArray();
		}

	}

}

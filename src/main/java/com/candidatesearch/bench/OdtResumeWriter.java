package com.candidatesearch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.candidatesearch.bench.ResumeDocument.Block;
import com.candidatesearch.bench.ResumeDocument.Section;

/**
 * OpenDocument text as LibreOffice saves it, reduced to what a reader needs: the mimetype
 * first and stored uncompressed (ODF 1.2, part 3, section 3.3), a manifest, styles and the
 * content with headings, paragraphs and lists.
 */
final class OdtResumeWriter {

	private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

	private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
			+ " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
			+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
			+ " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\"";

	private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles"
			+ NAMESPACES + "><office:styles>"
			+ "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\">"
			+ "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>"
			+ "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\">"
			+ "<style:text-properties fo:font-size=\"11pt\" fo:font-weight=\"bold\"/></style:style>"
			+ "</office:styles></office:document-styles>\n";

	private static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
			+ " manifest:version=\"1.2\">"
			+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>"
			+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
			+ "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
			+ "</manifest:manifest>\n";

	private OdtResumeWriter() {
	}

	static byte[] write(ResumeDocument resume) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
				ZipEntry first = new ZipEntry("mimetype");
				first.setMethod(ZipEntry.STORED);
				first.setSize(mimetype.length);
				CRC32 crc = new CRC32();
				crc.update(mimetype);
				first.setCrc(crc.getValue());
				zip.putNextEntry(first);
				zip.write(mimetype);
				entry(zip, "META-INF/manifest.xml", MANIFEST);
				entry(zip, "styles.xml", STYLES);
				entry(zip, "content.xml", content(resume));
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String content(ResumeDocument resume) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
			.append(NAMESPACES)
			.append("><office:body><office:text>\n");
		out.append("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">")
			.append(MarkupResumeWriter.escape(resume.name()))
			.append("</text:h>\n");
		resume.contact().forEach(line -> paragraph(out, line));
		for (Section section : resume.sections()) {
			out.append("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">")
				.append(MarkupResumeWriter.escape(section.heading()))
				.append("</text:h>\n");
			boolean inList = false;
			for (Block block : section.blocks()) {
				if (inList && block.kind() != Block.Kind.BULLET) {
					out.append("</text:list>\n");
					inList = false;
				}
				switch (block.kind()) {
					case ENTRY -> out.append("<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">")
						.append(MarkupResumeWriter.escape(block.text()))
						.append("</text:h>\n");
					case LINE -> paragraph(out, block.text());
					case BULLET -> {
						if (!inList) {
							out.append("<text:list>\n");
							inList = true;
						}
						out.append("<text:list-item>");
						paragraph(out, block.text());
						out.append("</text:list-item>\n");
					}
				}
			}
			if (inList) {
				out.append("</text:list>\n");
			}
		}
		return out.append("</office:text></office:body></office:document-content>\n").toString();
	}

	private static void paragraph(StringBuilder out, String text) {
		out.append("<text:p>").append(MarkupResumeWriter.escape(text)).append("</text:p>\n");
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}

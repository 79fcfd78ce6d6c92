package com.candidatesearch.parse;

import java.io.IOException;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Measures what a zip-based document (DOCX, ODT) would expand to, from its central directory
 * and without inflating anything, so a zip bomb is refused at once instead of being inflated
 * until the time limit. The libraries underneath guard against entries that lie about their
 * size; this catches the honest bombs early.
 */
final class ZipExpansion {

	/** The text and pictures of a resume document expand to a few megabytes. */
	static final long MAX_EXPANDED = 200L * 1024 * 1024;

	/** XML compresses well, but not a thousandfold. */
	static final long MAX_RATIO = 200;

	private ZipExpansion() {
	}

	/** Whether the archive would expand past what any resume document does; false when it is no readable zip. */
	static boolean isBomb(byte[] content) {
		long expanded = 0;
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			Enumeration<ZipArchiveEntry> entries = zip.getEntries();
			while (entries.hasMoreElements()) {
				ZipArchiveEntry entry = entries.nextElement();
				long size = Math.max(0, entry.getSize());
				expanded += size;
				long compressed = Math.max(1, entry.getCompressedSize());
				if (expanded > MAX_EXPANDED || (size > 1024 * 1024 && size / compressed > MAX_RATIO)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}

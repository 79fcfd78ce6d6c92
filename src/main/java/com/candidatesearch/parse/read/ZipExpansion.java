package com.candidatesearch.parse.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Measures what a zip-based document (DOCX, ODT, Pages) really expands to by inflating it and
 * counting, so a zip bomb is refused before a document library builds it in memory.
 * <p>
 * The sizes an archive's headers state are never used: a bomb states small ones. Each entry is
 * inflated as a stream into one small buffer and thrown away, and the count stops at the first
 * limit passed, so the check itself takes constant memory and at most {@link #MAX_EXPANDED}
 * bytes of work. The archive is read both ways a library may read it, through the central
 * directory at its end and through the local headers from its start, since the two can name
 * different entries, and a document library may take either.
 */
public final class ZipExpansion {

	/** The text and pictures of a resume document expand to a few megabytes. */
	static final long MAX_EXPANDED = 200L * 1024 * 1024;

	/** XML compresses well, but not a thousandfold. */
	static final long MAX_RATIO = 200;

	/** Below this an entry's ratio says nothing: a short run of spaces compresses further. */
	private static final long RATIO_GRACE = 1024 * 1024;

	private ZipExpansion() {
	}

	/** Whether the archive expands past what any resume document does; false when it is no readable zip. */
	public static boolean isBomb(byte[] content) {
		return centralDirectoryIsBomb(content) || localHeadersAreBomb(content);
	}

	private static boolean centralDirectoryIsBomb(byte[] content) {
		Count count = new Count();
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
			while (entries.hasMoreElements()) {
				ZipArchiveEntry entry = entries.nextElement();
				if (!zip.canReadEntryData(entry)) {
					continue;
				}
				try (InputStream data = zip.getInputStream(entry)) {
					if (count.isBomb(data, entry.getCompressedSize())) {
						return true;
					}
				}
				catch (IOException | RuntimeException unreadable) {
					// a damaged entry stops the document library too, after what it could read: counted
				}
			}
			return false;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean localHeadersAreBomb(byte[] content) {
		Count count = new Count();
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true,
				true)) {
			for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (zip.canReadEntryData(entry) && count.isBomb(zip, -1)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | RuntimeException ex) {
			// the local headers end in damage: what was read before it is all a library gets this way
			return count.total > MAX_EXPANDED;
		}
	}

	/** The bytes inflated so far from one archive. */
	private static final class Count {

		private final byte[] buffer = new byte[64 * 1024];

		private long total;

		/**
		 * Inflates one entry to its end or to the first limit passed.
		 * @param data the entry's inflated bytes
		 * @param compressed the entry's compressed size when the stream cannot say how much it read
		 */
		public boolean isBomb(InputStream data, long compressed) throws IOException {
			long expanded = 0;
			for (int read = data.read(this.buffer); read >= 0; read = data.read(this.buffer)) {
				expanded += read;
				this.total += read;
				if (this.total > MAX_EXPANDED) {
					return true;
				}
				if (expanded > RATIO_GRACE && expanded / Math.max(1, compressedSoFar(data, compressed)) > MAX_RATIO) {
					return true;
				}
			}
			return false;
		}

		/** The compressed bytes really consumed, where the stream counts them; a central directory's word only as a fallback. */
		private static long compressedSoFar(InputStream data, long compressed) {
			return data instanceof InputStreamStatistics statistics ? statistics.getCompressedCount() : compressed;
		}

	}

}

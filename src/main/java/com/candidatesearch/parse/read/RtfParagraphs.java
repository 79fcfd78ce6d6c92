package com.candidatesearch.parse.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Ends bold and italic at each paragraph's end in an RTF file before Tika reads it.
 * <p>
 * Tika's RTF reader opens the next paragraph as soon as a bold or italic one ends, before it
 * sees that paragraph's list marks, so the first item of every list under a bold caption
 * ("Highlights", a heading) came out as a plain paragraph and its bullet was lost. Word and
 * LibreOffice restate every paragraph's formatting, so closing the styles at {@code \par}
 * changes nothing else. A file with raw binary ({@code \bin}) is left alone, since a byte
 * count there would no longer hold.
 */
final class RtfParagraphs {

	private static final byte[] CLOSE_STYLES = "\\b0\\i0".getBytes(StandardCharsets.US_ASCII);

	private RtfParagraphs() {
	}

	static byte[] closeStylesAtParagraphEnds(byte[] rtf) {
		if (contains(rtf, "\\bin")) {
			return rtf;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(rtf.length + rtf.length / 16);
		for (int i = 0; i < rtf.length; i++) {
			if (rtf[i] == '\\') {
				if (isParagraphEnd(rtf, i)) {
					out.write(CLOSE_STYLES, 0, CLOSE_STYLES.length);
				}
				else if (i + 1 < rtf.length) {
					// an escaped character (\\, \{, \') is copied whole, so "\\par" stays text
					out.write(rtf[i++]);
				}
			}
			out.write(rtf[i]);
		}
		return out.toByteArray();
	}

	/** Whether the control word at {@code at} is {@code \par} itself, not {@code \pard} or {@code \pararsid}. */
	private static boolean isParagraphEnd(byte[] rtf, int at) {
		return at + 4 <= rtf.length && rtf[at + 1] == 'p' && rtf[at + 2] == 'a' && rtf[at + 3] == 'r'
				&& (at + 4 == rtf.length || !isLetter(rtf[at + 4]));
	}

	/** Whether the byte is an ASCII letter, the only characters a control word is made of. */
	private static boolean isLetter(byte b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
	}

	private static boolean contains(byte[] bytes, String word) {
		byte[] target = word.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i + target.length <= bytes.length; i++) {
			for (int j = 0; j < target.length; j++) {
				if (bytes[i + j] != target[j]) {
					continue outer;
				}
			}
			if (i + target.length == bytes.length || !isLetter(bytes[i + target.length])) {
				return true;
			}
		}
		return false;
	}

}

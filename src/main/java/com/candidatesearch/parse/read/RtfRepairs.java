package com.candidatesearch.parse.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends what Tika's RTF reader misreads in files that Word, LibreOffice and AbiWord write,
 * before it reads them.
 * <p>
 * Tika's reader opens the next paragraph as soon as a bold or italic one ends, before it sees
 * that paragraph's list marks, so the first item of every list under a bold caption
 * ("Highlights", a heading) came out as a plain paragraph and its bullet was lost: bold and
 * italic are closed at each {@code \par} (Word and LibreOffice restate every paragraph's
 * formatting, so nothing else changes). AbiWord marks a link's shown text
 * ({@code \fldrslt}) as a destination a reader may skip, which Tika does, and wraps the
 * link's target in a group of its own, which Tika prints: the text is kept and the target
 * unwrapped. A list mark that shows nothing is dropped with its list. A file with raw binary ({@code \bin}) is left alone, since a byte count there
 * would no longer hold.
 */
final class RtfRepairs {

	private static final byte[] CLOSE_STYLES = "\\b0\\i0".getBytes(StandardCharsets.US_ASCII);

	/** AbiWord's link text, marked as a destination to skip. */
	private static final Pattern SKIPPED_RESULT = Pattern.compile("\\{\\\\\\*\\\\fldrslt");

	/** AbiWord's link target in a group of its own, with its formatting: {@code {\*\fldinst {\cf3 HYPERLINK "…"}}}. */
	private static final Pattern WRAPPED_TARGET = Pattern.compile(
			"\\{\\\\\\*\\\\fldinst\\s*\\{(?:\\\\[a-z]{1,32}-?\\d{0,10} ?|\\{\\\\\\*\\\\listtag\\d{1,10}\\})*\\s*(HYPERLINK\\s+\"[^\"{}]{0,2000}\")\\s*\\}\\s*\\}");

	/**
	 * A list paragraph's mark that shows nothing ({@code {\listtext\pard\plain \tab}\ls1}), as
	 * LibreOffice writes the outline numbering of headings it read from AbiWord, with no list
	 * defined for it: with the mark, Tika made every heading a list item.
	 */
	private static final Pattern EMPTY_LIST_MARK = Pattern.compile(
			"\\{\\\\listtext(?:\\\\pard|\\\\plain|\\\\tab|\\s)*\\}\\s*\\\\ls\\d{1,5}(?![0-9a-z]) ?");

	private RtfRepairs() {
	}

	/** The file mended, or as it is when it holds raw binary. */
	static byte[] repair(byte[] rtf) {
		if (contains(rtf, "\\bin")) {
			return rtf;
		}
		// one byte a character both ways, so every byte outside the mended groups stays as it was
		String text = new String(rtf, StandardCharsets.ISO_8859_1);
		text = SKIPPED_RESULT.matcher(text).replaceAll(Matcher.quoteReplacement("{\\fldrslt"));
		text = WRAPPED_TARGET.matcher(text).replaceAll(match -> Matcher.quoteReplacement("{\\*\\fldinst " + match.group(1) + "}"));
		text = EMPTY_LIST_MARK.matcher(text).replaceAll("");
		return closeStylesAtParagraphEnds(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	static byte[] closeStylesAtParagraphEnds(byte[] rtf) {
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

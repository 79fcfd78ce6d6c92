package com.candidatesearch.parse.read;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the words of a PDF with where they sit and how they are set: PDFBox finds the
 * words, this keeps their position, size and weight, which plain text extraction drops.
 */
public final class PdfWords extends PDFTextStripper {

	private final List<Word> words = new ArrayList<>();

	private final Map<PDFont, Style> styles = new IdentityHashMap<>();

	private PdfWords() {
		setSortByPosition(true);
		setSuppressDuplicateOverlappingText(true);
	}

	/** Every word of the document, page by page, in PDFBox's reading order. */
	static List<Word> of(PDDocument document) throws IOException {
		PdfWords collector = new PdfWords();
		collector.writeText(document, new StringWriter());
		return collector.words;
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		List<TextPosition> word = new ArrayList<>();
		for (TextPosition position : positions) {
			boolean space = position.getUnicode().isBlank();
			if (!word.isEmpty() && (space || apart(word.get(word.size() - 1), position))) {
				add(word);
				word = new ArrayList<>();
			}
			if (!space) {
				word.add(position);
			}
		}
		add(word);
	}

	/** PDFBox runs words together across a gap when no space is drawn; a gap splits them. */
	private static boolean apart(TextPosition previous, TextPosition next) {
		float gap = next.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
		return gap > 0.6f * next.getFontSizeInPt() || Math.abs(next.getYDirAdj() - previous.getYDirAdj()) > 2f;
	}

	private void add(List<TextPosition> positions) {
		if (positions.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		int boldChars = 0;
		int italicChars = 0;
		float size = 0;
		for (TextPosition position : positions) {
			text.append(position.getUnicode());
			Style style = style(position.getFont());
			boldChars += style.bold() ? 1 : 0;
			italicChars += style.italic() ? 1 : 0;
			size = Math.max(size, position.getFontSizeInPt());
		}
		TextPosition first = positions.get(0);
		TextPosition last = positions.get(positions.size() - 1);
		int half = (positions.size() + 1) / 2;
		this.words.add(new Word(getCurrentPageNo(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
				first.getYDirAdj(), size, boldChars >= half, italicChars >= half, normalize(text.toString())));
	}

	/** Presentation forms (ligatures such as ﬁ) as the letters they stand for. */
	private static String normalize(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c >= '\ufb00' && c <= '\ufb06') {
				return Normalizer.normalize(word, Normalizer.Form.NFKC);
			}
		}
		return word;
	}

	private Style style(PDFont font) {
		if (font == null) {
			return new Style(false, false);
		}
		return this.styles.computeIfAbsent(font, PdfWords::styleOf);
	}

	private static Style styleOf(PDFont font) {
		String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
		PDFontDescriptor descriptor = font.getFontDescriptor();
		boolean bold = name.matches(".*(bold|black|heavy|semibold|demi|extrabold|-bd|,bd).*");
		boolean italic = name.matches(".*(italic|oblique|-it$|-it,|,it).*");
		if (descriptor != null) {
			bold |= descriptor.getFontWeight() >= 600 || descriptor.isForceBold();
			italic |= descriptor.isItalic() || descriptor.getItalicAngle() != 0;
		}
		return new Style(bold, italic);
	}

	private record Style(boolean bold, boolean italic) {
	}

	/**
	 * A word of a PDF page.
	 *
	 * @param page the page number, from 1
	 * @param x the left edge
	 * @param endX the right edge
	 * @param y the baseline, growing down the page
	 * @param size the font size in points
	 * @param bold whether it is set in a bold face
	 * @param italic whether it is set in an italic face
	 * @param text the word
	 */
	record Word(int page, float x, float endX, float y, float size, boolean bold, boolean italic, String text) {
	}

}

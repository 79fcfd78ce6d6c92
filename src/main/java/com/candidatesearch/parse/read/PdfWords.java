package com.candidatesearch.parse.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.fontbox.cff.CFFType1Font;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import com.candidatesearch.parse.field.Networks;
import com.candidatesearch.parse.layout.Bullets;
import com.candidatesearch.parse.read.GlyphWords.Glyph;

/**
 * Collects the words of a PDF with where they sit and how they are set: PDFBox reads each
 * glyph, {@link GlyphWords} puts the glyphs together into words by their positions, and this
 * keeps their size and weight, which plain text extraction drops.
 */
public final class PdfWords extends PDFTextStripper {

	/**
	 * Fonts that hold pictures, not letters: FontAwesome, Academicons, Simple Icons and their
	 * kind put a phone or a GitHub cat before a contact detail, and their glyphs map to
	 * private-use code points, to nothing, or to letters of no meaning.
	 */
	private static final Pattern ICON_FONT = Pattern.compile("awesome|icon|fontello|entypo|material ?symbols");

	private final List<Word> words = new ArrayList<>();

	private final Map<PDFont, FontFacts> fonts = new IdentityHashMap<>();

	private PdfWords() {
		// the glyphs are put in order by position in GlyphWords, so PDFBox need not sort them
		setSortByPosition(false);
		setSuppressDuplicateOverlappingText(true);
	}

	/** Every word of the document, page by page. */
	static List<Word> of(PDDocument document) throws IOException {
		PdfWords collector = new PdfWords();
		collector.writeText(document, Writer.nullWriter());
		return collector.words;
	}

	/**
	 * PDFBox's own lines join the glyphs of rows that overlap in height (a large icon between
	 * two small lines interleaves their letters) and its words split letter-spaced text, so
	 * the page's glyphs are taken as they are and grouped here.
	 */
	@Override
	protected void writePage() throws IOException {
		List<Glyph> glyphs = new ArrayList<>();
		for (List<TextPosition> article : getCharactersByArticle()) {
			for (TextPosition position : article) {
				glyphs.add(glyph(position));
			}
		}
		PdfMarks.Shapes shapes = PdfMarks.of(getCurrentPage());
		glyphs.addAll(drawnBullets(shapes.marks(), glyphs));
		List<Word> page = TagBoxes.apply(GlyphWords.words(getCurrentPageNo(), glyphs), shapes.boxes());
		this.words.addAll(PdfLinks.attach(getCurrentPage(), page));
	}

	/**
	 * A bullet for each mark drawn just left of a line's first letter, set on that line's
	 * baseline at its size: a browser draws a list item's disc as a shape beside its text.
	 */
	static List<Glyph> drawnBullets(List<PdfMarks.Mark> marks, List<Glyph> glyphs) {
		List<Glyph> bullets = new ArrayList<>();
		for (PdfMarks.Mark mark : marks) {
			Glyph next = null;
			boolean covered = false;
			for (Glyph glyph : glyphs) {
				boolean sameLine = mark.centreY() <= glyph.y() + 0.1f * glyph.size()
						&& mark.centreY() >= glyph.y() - 0.8f * glyph.size();
				if (!sameLine || glyph.text().isBlank()) {
					continue;
				}
				float after = glyph.x() - (mark.x() + mark.width());
				if (glyph.x() + glyph.width() > mark.x() && after < 0) {
					// a dot drawn under or over letters (an underline's end, a decoration) is no list mark
					covered = true;
					break;
				}
				// (a letter left of the mark, in a column beside the list, is no text of its)
				if (after >= 0 && after <= 2.5f * glyph.size() && (next == null || glyph.x() < next.x())) {
					next = glyph;
				}
			}
			if (next != null && !covered && mark.width() <= 0.6f * next.size()) {
				bullets.add(new Glyph(mark.x(), mark.width(), next.y(), next.size(), false, false, "\u2022", null));
			}
		}
		return bullets;
	}

	private Glyph glyph(TextPosition position) {
		FontFacts facts = facts(position.getFont());
		String text = position.getUnicode() == null ? "" : position.getUnicode();
		boolean icon = facts.icons();
		boolean unreadable = !text.isEmpty() && text.codePoints().allMatch(Character::isISOControl);
		if (!icon && unreadable) {
			// a glyph whose font maps it to no text (a broken ToUnicode map gives "\u0000") is
			// a picture like an icon's: a bullet where it starts row after row, else nothing
			String named = facts.named(position);
			if (named != null && !named.codePoints().allMatch(Character::isISOControl)) {
				text = named;
			}
			else {
				icon = true;
			}
		}
		else if (!icon && privateUse(text)) {
			// a font's own letters kept out of Unicode (Linux Libertine's small capitals) are
			// named for the letters they stand for ("s.sc"); a bullet of Word's Symbol font is a mark
			String named = facts.named(position);
			if (named != null) {
				text = named;
			}
			else {
				icon = Bullets.strip(text + " x") == null;
			}
		}
		String network = icon ? facts.network(position) : null;
		if (network != null) {
			// a Skype logo before a handle is the only word saying which network it is on
			text = network + ":";
			icon = false;
		}
		int code = position.getCharacterCodes().length > 0 ? position.getCharacterCodes()[0] : 0;
		// the size as drawn: Chromium sets text at one size and scales the page, so the font
		// size alone says 12 of a glyph drawn at 9
		return new Glyph(position.getXDirAdj(), position.getWidthDirAdj(), position.getYDirAdj(),
				drawnSize(position), facts.bold(), facts.italic(), text,
				// (glyphs a broken map gives one code are told apart by their width: a bullet from a cap)
				icon ? facts.name() + "#" + code + (unreadable ? "@" + Math.round(position.getWidthDirAdj()) : "") : null);
	}

	private static float drawnSize(TextPosition position) {
		float size = Math.abs(position.getYScale());
		return size > 0 ? size : position.getFontSizeInPt();
	}

	private static boolean privateUse(String text) {
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int c = text.codePointAt(i);
			if (c >= 0xe000 && c <= 0xf8ff || c >= 0xf0000) {
				return true;
			}
		}
		return false;
	}

	private FontFacts facts(PDFont font) {
		return this.fonts.computeIfAbsent(font, FontFacts::of);
	}

	/** What a font tells about its glyphs: their weight and slant, and whether they are icons. */
	private record FontFacts(PDFont font, String name, boolean bold, boolean italic, boolean icons,
			Map<Integer, String> names) {

		static FontFacts of(PDFont font) {
			String name = font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
			boolean bold = name.matches(".*(bold|black|heavy|semibold|demi|extrabold|-bd|,bd).*");
			boolean italic = name.matches(".*(italic|oblique|-it$|-it,|,it).*");
			PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
			if (descriptor != null) {
				bold |= descriptor.getFontWeight() >= 600 || descriptor.isForceBold();
				italic |= descriptor.isItalic() || descriptor.getItalicAngle() != 0;
			}
			return new FontFacts(font, name, bold, italic, ICON_FONT.matcher(name).find(), new HashMap<>());
		}

		/** The network without an address an icon's glyph is the logo of, by the glyph's name, or null. */
		String network(TextPosition position) {
			int[] codes = position.getCharacterCodes();
			if (codes.length != 1 || this.font == null) {
				return null;
			}
			try {
				String glyph = glyphName(codes[0]);
				return glyph == null ? null : Networks.withoutAddress(glyph);
			}
			catch (IOException | RuntimeException unreadable) {
				return null;
			}
		}

		/** The text a glyph's name stands for, by the Adobe Glyph List's rules, or null. */
		String named(TextPosition position) {
			int[] codes = position.getCharacterCodes();
			if (codes.length != 1 || this.font == null) {
				return null;
			}
			return this.names.computeIfAbsent(codes[0], this::fromGlyphName);
		}

		private String fromGlyphName(int code) {
			String glyph;
			try {
				glyph = glyphName(code);
			}
			catch (IOException | RuntimeException unreadable) {
				return null;
			}
			if (glyph == null || glyph.isEmpty()) {
				return null;
			}
			// "s.sc" is an s set as a small capital, "Q_u" the ligature of Q and u
			int dot = glyph.indexOf('.');
			String base = dot >= 0 ? glyph.substring(0, dot) : glyph;
			StringBuilder text = new StringBuilder();
			for (String part : base.split("_")) {
				String unicode = part.isEmpty() ? null : GlyphList.getAdobeGlyphList().toUnicode(part);
				if (unicode == null || privateUse(unicode)) {
					return null;
				}
				text.append(unicode);
			}
			return text.isEmpty() ? null : text.toString();
		}

		private String glyphName(int code) throws IOException {
			if (this.font instanceof PDSimpleFont simple) {
				return simple.getEncoding() == null ? null : simple.getEncoding().getName(code);
			}
			if (this.font instanceof PDType0Font type0) {
				PDCIDFont cid = type0.getDescendantFont();
				if (cid instanceof PDCIDFontType2 trueType && trueType.getTrueTypeFont() != null) {
					PostScriptTable post = trueType.getTrueTypeFont().getPostScript();
					return post == null ? null : post.getName(cid.codeToGID(code));
				}
				if (cid instanceof PDCIDFontType0 cff && cff.getCFFFont() instanceof CFFType1Font type1) {
					return type1.getCharset().getNameForGID(cid.codeToGID(code));
				}
			}
			return null;
		}

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
	 * @param text the word, or for an icon which icon it is (its font and code)
	 * @param icon whether it is an icon glyph rather than a word
	 */
	/**
	 * A word as set on the page.
	 *
	 * @param icon whether it is a picture of an icon font, no text
	 * @param tag whether it is a tag's text, drawn in a box of its own beside other tags
	 * ("React" "Design systems"): one word however many it holds, and a cell of its own
	 */
	record Word(int page, float x, float endX, float y, float size, boolean bold, boolean italic, String text,
			boolean icon, boolean tag) {

		Word(int page, float x, float endX, float y, float size, boolean bold, boolean italic, String text) {
			this(page, x, endX, y, size, bold, italic, text, false, false);
		}

		Word(int page, float x, float endX, float y, float size, boolean bold, boolean italic, String text,
				boolean icon) {
			this(page, x, endX, y, size, bold, italic, text, icon, false);
		}

	}

}

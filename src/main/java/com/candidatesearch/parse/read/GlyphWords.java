package com.candidatesearch.parse.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Puts a page's glyphs together into words by where they sit: glyphs on one baseline, in
 * order from the left, make a word until a space or a gap wider than the line's letter
 * spacing. Letter-spaced headings ("E X P E R I E N C E") and small capitals set in two sizes
 * come out as whole words, and a glyph drawn twice a hair apart (a shadow) counts once.
 */
final class GlyphWords {

	/** How far a glyph may sit above or below the baseline and still be on it (LaTeX's raised A and lowered E). */
	private static final float BASELINE_TOLERANCE = 0.4f;

	/** A gap this wide (in ems) ends a word whatever the line's letter spacing. */
	private static final float WIDE_GAP = 0.9f;

	/** A gap wider than the line's letter spacing by this much (in ems) ends a word: a space is a quarter em or more. */
	private static final float WORD_GAP = 0.15f;

	/** Letter spacing beyond this (in ems) is a word gap, not spacing. */
	private static final float MAX_TRACKING = 0.6f;

	/** Soft hyphen: the word was broken at the end of its line by a hyphen the PDF maps to no text. */
	static final char BROKEN = '\u00ad';

	private GlyphWords() {
	}

	static List<Word> words(int page, List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparing(Glyph::y).thenComparing(Glyph::x));
		List<Word> words = new ArrayList<>();
		int start = 0;
		while (start < sorted.size()) {
			// the line's baseline is that of its largest glyph so far, so a small raised glyph
			// that comes first does not set it
			Glyph anchor = sorted.get(start);
			int end = start + 1;
			// (the smaller size sets the tolerance: a large name beside small lines would
			// otherwise reach the line above it and the line below)
			while (end < sorted.size() && sorted.get(end).y() - anchor.y() <= BASELINE_TOLERANCE
					* Math.min(anchor.size(), sorted.get(end).size())) {
				if (sorted.get(end).size() > anchor.size()) {
					anchor = sorted.get(end);
				}
				end++;
			}
			List<Glyph> line = new ArrayList<>(sorted.subList(start, end));
			line.sort(Comparator.comparing(Glyph::x));
			words(page, line, words);
			start = end;
		}
		return words;
	}

	/** The words of one baseline's glyphs, left to right. */
	private static void words(int page, List<Glyph> line, List<Word> words) {
		List<Glyph> run = new ArrayList<>();
		Glyph previous = null;
		for (Glyph glyph : line) {
			if (previous != null && glyph.icon() == null && previous.icon() == null && glyph.text().equals(previous.text())
					&& Math.abs(glyph.x() - previous.x()) < 0.6f * Math.max(previous.width(), 0.1f)
					&& !glyph.text().isBlank()) {
				continue;
			}
			previous = glyph;
			if (glyph.icon() != null) {
				runWords(page, run, words);
				run = new ArrayList<>();
				words.add(new Word(page, glyph.x(), glyph.x() + glyph.width(), glyph.y(), glyph.size(), false, false,
						glyph.icon(), true));
				continue;
			}
			boolean space = glyph.text().isBlank() && !glyph.text().isEmpty();
			if (space || !run.isEmpty() && gap(run.get(run.size() - 1), glyph) > WIDE_GAP) {
				runWords(page, run, words);
				run = new ArrayList<>();
			}
			if (!space) {
				run.add(glyph);
			}
		}
		runWords(page, run, words);
	}

	/**
	 * A run of glyphs with no space between them split where a gap stands out from the run's
	 * letter spacing: the median gap, which is about zero in running text (most neighbours are
	 * letters of one word) and the tracking in a letter-spaced heading.
	 */
	private static void runWords(int page, List<Glyph> run, List<Word> words) {
		if (run.isEmpty()) {
			return;
		}
		float[] gaps = new float[run.size() - 1];
		for (int i = 1; i < run.size(); i++) {
			gaps[i - 1] = gap(run.get(i - 1), run.get(i));
		}
		float tracking = 0;
		if (gaps.length >= 3) {
			float[] ordered = gaps.clone();
			Arrays.sort(ordered);
			tracking = Math.max(0, Math.min(MAX_TRACKING, ordered[ordered.length / 2]));
		}
		int from = 0;
		for (int i = 1; i < run.size(); i++) {
			if (gaps[i - 1] > tracking + WORD_GAP) {
				add(page, run.subList(from, i), words);
				from = i;
			}
		}
		add(page, run.subList(from, run.size()), words);
	}

	/** The gap between two neighbouring glyphs in ems of the larger. */
	private static float gap(Glyph left, Glyph right) {
		float size = Math.max(1f, Math.max(left.size(), right.size()));
		return (right.x() - (left.x() + left.width())) / size;
	}

	private static void add(int page, List<Glyph> glyphs, List<Word> words) {
		StringBuilder text = new StringBuilder();
		int bold = 0;
		int italic = 0;
		Glyph main = glyphs.get(0);
		float endX = 0;
		for (Glyph glyph : glyphs) {
			text.append(glyph.text());
			bold += glyph.bold() ? 1 : 0;
			italic += glyph.italic() ? 1 : 0;
			endX = Math.max(endX, glyph.x() + glyph.width());
			if (glyph.size() > main.size()) {
				main = glyph;
			}
		}
		int last = glyphs.size() - 1;
		if (last > 0 && glyphs.get(last).text().isEmpty() && !glyphs.get(last - 1).text().isEmpty()) {
			// the hyphen of a word broken at the line's end, mapped to no text so that copying
			// joins the word again
			text.append(BROKEN);
		}
		String word = normalize(text.toString().strip());
		if (word.isEmpty()) {
			return;
		}
		int half = (glyphs.size() + 1) / 2;
		words.add(new Word(page, glyphs.get(0).x(), endX, main.y(), main.size(), bold >= half, italic >= half, word));
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

	/**
	 * One glyph as PDFBox placed it.
	 *
	 * @param x the left edge
	 * @param width the advance width
	 * @param y the baseline, growing down the page
	 * @param size the font size in points
	 * @param bold whether its font is bold
	 * @param italic whether its font is italic
	 * @param text what it stands for: a letter or more, a space, or nothing
	 * @param icon which icon it is (its font and code), or {@code null} for a letter
	 */
	record Glyph(float x, float width, float y, float size, boolean bold, boolean italic, String text, String icon) {
	}

}

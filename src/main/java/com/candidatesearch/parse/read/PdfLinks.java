package com.candidatesearch.parse.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Writes a PDF link's target after the words it covers when they do not show it, as
 * {@link HtmlLineCollector} does for an HTML anchor: a profile printed as a handle beside a
 * GitHub cat, or an e-mail address behind the word "Email", has its address only in the page's
 * link annotation, which text extraction never reads.
 */
final class PdfLinks {

	/** How far (in ems) a word may stand out of a link's box and still be its text: boxes are drawn tight or loose. */
	private static final float SLACK = 0.3f;

	/** Words whose baselines differ by more than this (in ems) are on different lines. */
	private static final float BASELINE = 0.4f;

	private PdfLinks() {
	}

	/**
	 * The page's words with each link's target, where it is news, as a word after the link's last
	 * word, and each address a narrow column wrapped onto two lines put back together.
	 */
	static List<Word> attach(PDPage page, List<Word> words) {
		Map<String, List<Area>> links;
		try {
			links = links(page);
		}
		catch (IOException | RuntimeException unreadable) {
			// a broken annotation costs the links, not the page's text
			return words;
		}
		List<Word> attached = new ArrayList<>(words);
		for (Map.Entry<String, List<Area>> link : links.entrySet()) {
			// every box linking to one target counts together, so a link wrapped onto two lines,
			// or an icon and a handle linked apart, is judged by all the text it shows
			List<Word> covered = new ArrayList<>();
			for (Word word : attached) {
				if (!word.icon() && link.getValue().stream().anyMatch(area -> area.covers(word))) {
					covered.add(word);
				}
			}
			if (covered.isEmpty()) {
				continue;
			}
			covered.sort(Comparator.comparing(Word::y).thenComparing(Word::x));
			String text = String.join(" ", covered.stream().map(Word::text).toList());
			if (lines(covered) > 1 && Link.spells(text, link.getKey())) {
				join(covered, attached);
				continue;
			}
			String shown = Link.target(text, link.getKey());
			if (shown != null) {
				Word last = covered.get(covered.size() - 1);
				// drawn nowhere, so it takes no width: the gaps the layout reads stay as the page has them
				attached.add(new Word(last.page(), last.endX(), last.endX(), last.y(), last.size(), false, false, shown));
			}
		}
		return attached;
	}

	/** How many lines the words (in reading order) are on. */
	private static int lines(List<Word> covered) {
		int lines = 1;
		float lineY = covered.get(0).y();
		for (Word word : covered) {
			if (word.y() - lineY > BASELINE * word.size()) {
				lines++;
				lineY = word.y();
			}
		}
		return lines;
	}

	/**
	 * An address wrapped onto several lines ("jane@exampl" over "e.com") as one word where it
	 * starts: its pieces read apart are no address, and the tail reads as a domain of its own.
	 */
	private static void join(List<Word> pieces, List<Word> words) {
		Word first = pieces.get(0);
		StringBuilder whole = new StringBuilder();
		pieces.forEach(piece -> whole.append(piece.text()));
		int at = words.indexOf(first);
		words.removeAll(pieces);
		words.add(Math.max(0, Math.min(at, words.size())), new Word(first.page(), first.x(), first.endX(), first.y(),
				first.size(), first.bold(), first.italic(), whole.toString()));
	}

	/** The page's link boxes by their targets, in page coordinates from the top left as the words have them. */
	private static Map<String, List<Area>> links(PDPage page) throws IOException {
		Map<String, List<Area>> links = new LinkedHashMap<>();
		// a turned page has its words' coordinates turned too; resumes are upright
		if (page.getRotation() % 360 != 0) {
			return links;
		}
		PDRectangle crop = page.getCropBox();
		for (PDAnnotation annotation : page.getAnnotations()) {
			if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
					&& uri.getURI() != null && !uri.getURI().isBlank() && link.getRectangle() != null) {
				PDRectangle box = link.getRectangle();
				// PDFBox measures text from the crop box's top left, the box from the page's bottom left
				links.computeIfAbsent(uri.getURI().strip(), key -> new ArrayList<>())
					.add(new Area(box.getLowerLeftX() - crop.getLowerLeftX(), box.getUpperRightX() - crop.getLowerLeftX(),
							crop.getUpperRightY() - box.getUpperRightY(), crop.getUpperRightY() - box.getLowerLeftY()));
			}
		}
		return links;
	}

	/** A link's box, from the page's top left. */
	record Area(float x, float endX, float top, float bottom) {

		/** Whether a word's middle lies in the box: its centre across, and half an x-height above its baseline. */
		boolean covers(Word word) {
			float slack = SLACK * word.size();
			float middle = (word.x() + word.endX()) / 2;
			float height = word.y() - 0.3f * word.size();
			return middle >= this.x - slack && middle <= this.endX + slack && height >= this.top - slack
					&& height <= this.bottom + slack;
		}

	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.parse.read.PdfMarks.Box;
import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Tags: words a page draws inside a box of their own, set in a row beside other such boxes
 * ("React" "TypeScript" "Design systems" as chips under a skill's name). The spaces between
 * tags are hardly wider than those between words, so without the boxes "Figma Design systems"
 * reads as one phrase; with them each tag is one word, marked as a tag.
 */
final class TagBoxes {

	/** How much taller than its text a tag's box may be: a pill has some padding, a panel more. */
	private static final float MAX_HEIGHT = 2.6f;

	/** How much padding, in text sizes, a tag's box may have left and right of its words. */
	private static final float MAX_PADDING = 1.5f;

	private TagBoxes() {
	}

	/** The page's words with those of each tag box made one word, marked as a tag. */
	static List<Word> apply(List<Word> words, List<Box> boxes) {
		if (boxes.isEmpty() || words.isEmpty()) {
			return words;
		}
		List<Word> byY = new ArrayList<>(words);
		byY.sort(Comparator.comparing(Word::y));
		Map<Word, List<Word>> tags = new IdentityHashMap<>();
		Map<Word, Boolean> taken = new IdentityHashMap<>();
		for (Box box : boxes) {
			List<Word> inside = inside(byY, box);
			if (!inside.isEmpty() && isTag(box, inside) && inside.stream().noneMatch(taken::containsKey)) {
				inside.forEach(word -> taken.put(word, true));
				tags.put(inside.get(0), inside);
			}
		}
		if (tags.isEmpty()) {
			return words;
		}
		List<Word> result = new ArrayList<>(words.size());
		for (Word word : words) {
			List<Word> tag = tags.get(word);
			if (tag != null) {
				result.add(merged(tag));
			}
			else if (!taken.containsKey(word)) {
				result.add(word);
			}
		}
		return result;
	}

	/** The words whose middle lies in the box, left to right; the words are sorted by baseline. */
	private static List<Word> inside(List<Word> byY, Box box) {
		int low = 0;
		int high = byY.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (byY.get(middle).y() < box.top()) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		List<Word> inside = new ArrayList<>();
		for (int i = low; i < byY.size() && byY.get(i).y() - 0.3f * byY.get(i).size() <= box.bottom(); i++) {
			Word word = byY.get(i);
			if (box.holds((word.x() + word.endX()) / 2, word.y() - 0.3f * word.size())) {
				inside.add(word);
			}
		}
		inside.sort(Comparator.comparing(Word::x));
		return inside;
	}

	/** Whether a box fits its words closely, on one row, as a tag's does (a panel holds more). */
	private static boolean isTag(Box box, List<Word> inside) {
		Word first = inside.get(0);
		float size = first.size();
		for (Word word : inside) {
			if (Math.abs(word.y() - first.y()) > 0.4f * size || word.icon()) {
				return false;
			}
		}
		float height = box.bottom() - box.top();
		float padding = Math.max(first.x() - box.x(), box.endX() - inside.get(inside.size() - 1).endX());
		return height <= MAX_HEIGHT * size && padding <= MAX_PADDING * size && first.x() >= box.x();
	}

	private static Word merged(List<Word> words) {
		Word first = words.get(0);
		Word last = words.get(words.size() - 1);
		String text = String.join(" ", words.stream().map(Word::text).toList());
		return new Word(first.page(), first.x(), last.endX(), first.y(), first.size(), first.bold(), first.italic(), text,
				false, true);
	}

}

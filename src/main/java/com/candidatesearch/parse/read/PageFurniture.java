package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Takes out what a typesetter puts on every page rather than in the resume: a page number, a
 * running footer ("Jane Doe – 2/3"), a running header. They sit on the first or last row of a
 * page and either number the page or repeat, numbers aside, on other pages.
 */
final class PageFurniture {

	/** A page's number, alone or at the end of a footer: "3", "Page 3", "3/4", "Page 3 of 4", "Jane Doe – 3/4". */
	private static final Pattern PAGE_NUMBER = Pattern
		.compile("(?i)(?:.{0,60}?(?:^|[\\s|–—-]))?(?:page\\s*)?(\\d{1,3})(?:\\s*(?:of|/)\\s*(\\d{1,3}))?");

	/** "Page 2" or "Page 2 of 3" anywhere in a row: a running header or footer that names its page. */
	private static final Pattern NAMED_PAGE = Pattern.compile("(?i)(?<![\\p{L}\\d])page\\s+(\\d{1,3})(?:\\s+of\\s+\\d{1,3})?(?![\\p{L}\\d])");

	private PageFurniture() {
	}

	/**
	 * The rows of each page without its furniture.
	 *
	 * @param pages each page's rows, top to bottom
	 */
	static List<List<List<Word>>> remove(List<List<List<Word>>> pages) {
		Map<String, Set<Integer>> edgesByText = new HashMap<>();
		for (int p = 0; p < pages.size(); p++) {
			for (List<Word> row : edges(pages.get(p))) {
				edgesByText.computeIfAbsent(shape(row), key -> new HashSet<>()).add(p);
			}
		}
		List<List<List<Word>>> kept = new ArrayList<>();
		for (int p = 0; p < pages.size(); p++) {
			List<List<Word>> rows = new ArrayList<>(pages.get(p));
			for (List<Word> row : edges(pages.get(p))) {
				// a running header that repeats the name is still the name on the first page
				boolean title = p == 0 && row == pages.get(p).get(0);
				if (numbers(row, p + 1, pages.size()) || !title && edgesByText.get(shape(row)).size() >= 2) {
					rows.remove(row);
				}
			}
			List<List<Word>> page = pages.get(p);
			for (int r = 0; r < page.size() && p > 0; r++) {
				if ((r < 3 || r >= page.size() - 2) && namesPage(page.get(r), p + 1)) {
					rows.remove(page.get(r));
				}
			}
			kept.add(rows);
		}
		return kept;
	}

	/**
	 * Whether the row, among the first three or last two of a later page, names that page
	 * ("Page 2   City, ST 00000 | 555-555-5555 | …" under a repeated name): a running header
	 * or footer, whatever it repeats beside the number.
	 */
	private static boolean namesPage(List<Word> row, int page) {
		String text = text(row);
		Matcher named = NAMED_PAGE.matcher(text);
		return text.length() <= 160 && named.find() && Integer.parseInt(named.group(1)) == page;
	}

	/** The page's first and last rows. */
	private static List<List<Word>> edges(List<List<Word>> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return rows.size() == 1 ? List.of(rows.get(0)) : List.of(rows.get(0), rows.get(rows.size() - 1));
	}

	/** Whether the row ends with this page's number (and the page count, when it gives one). */
	private static boolean numbers(List<Word> row, int page, int pages) {
		String text = text(row);
		if (text.length() > 80) {
			return false;
		}
		Matcher matcher = PAGE_NUMBER.matcher(text);
		if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != page) {
			return false;
		}
		boolean counted = matcher.group(2) != null;
		// "Jane Doe 2" might be anything; "Jane Doe – 2/3" numbers the page
		return counted ? Integer.parseInt(matcher.group(2)) == pages : row.size() <= 2;
	}

	/** The row's text with its digits blurred, so that "2/3" on one page matches "3/3" on the next. */
	private static String shape(List<Word> row) {
		return text(row).replaceAll("\\d", "#");
	}

	private static String text(List<Word> row) {
		return String.join(" ", row.stream().map(Word::text).toList());
	}

}

package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.layout.Line;

/**
 * One entry of a dated section (a job, a course taught): its head lines (organisation,
 * title, dates), its bullets and its other text, grouped from the section's lines.
 */
public final class Entry {

	final List<Line> head = new ArrayList<>();

	final List<String> items = new ArrayList<>();

	final List<String> body = new ArrayList<>();

	/** The most words a head line has ("Gizmonic Institute Company (GIM)"); a bullet's phrase has more. */
	private static final int HEAD_WORDS = 6;

	private Entry() {
	}

	/** One entry of these lines, all of them its head: an entry whose start the layout has shown. */
	static Entry headed(List<Line> lines) {
		Entry entry = new Entry();
		for (Line line : lines) {
			if (line.isItem()) {
				entry.items.add(line.text());
			}
			else {
				entry.head.add(line);
			}
		}
		return entry;
	}

	DateRange dates() {
		for (Line line : this.head) {
			DateRange range = DateRange.find(line.text());
			if (range != null) {
				return range;
			}
		}
		return null;
	}

	/**
	 * Groups lines into entries: an entry starts at a line that follows bullets, or that
	 * carries (or is followed by) a date when the current entry already has one; a line of
	 * dates alone belongs to the entry that has none yet.
	 */
	static List<Entry> group(List<Line> section) {
		List<Line> lines = withCardHeads(section);
		List<Entry> entries = new ArrayList<>();
		Entry current = null;
		// "2021-09-01 to Present" over "Manager at Gibson LLC": where the first entry opens with its
		// dates alone, every line of dates alone opens one, and none is the end of a head above it;
		// a line with a date among other words opens none ("10.1234/neurips.2023.1234 (NeurIPS 2023)")
		boolean datesFirst = lines.stream().filter(line -> !line.isItem()).findFirst()
			.map(line -> DateRange.isDateOnly(line.text())).orElse(false);
		// how many head lines come before the line of dates alone in the first entry: where it is
		// one ("Acme" over "2019 – 2021" over "Engineer"), a long line two above a date is the end
		// of the entry before (its last unmarked bullet), not a head
		int datesAt = 0;
		Captions captions = Captions.of(lines);
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (current != null && current.items.isEmpty() && captions.isCaption(lines, i)) {
				// "Highlights" over the bullets: their caption, no line of the entry's own
				continue;
			}
			if (line.isItem()) {
				if (current == null) {
					current = new Entry();
					entries.add(current);
				}
				current.items.add(line.text());
				continue;
			}
			boolean dateOnly = DateRange.isDateOnly(line.text());
			if (dateOnly && current != null && current.dates() == null && !datesFirst) {
				if (entries.size() == 1 && current.items.isEmpty() && current.body.isEmpty()) {
					datesAt = current.head.size();
				}
				current.head.add(line);
				continue;
			}
			boolean dated = current != null && current.dates() != null;
			boolean starts = current == null || !current.items.isEmpty()
					|| (dated && (DateRange.find(line.text()) != null && !(datesFirst && !dateOnly) || (!datesFirst && !isPhrase(line) && nextIsDateOnly(lines, i, datesAt == 1 && (words(line) > HEAD_WORDS || !line.gapBefore() || plainLook(line)) ? 1 : 2) && !isSentence(line))
							|| opensAsHeading(current, line)
							|| (line.bold() && current.head.get(0).bold() && !current.titleUnder(lines, i))
							|| repeatsHead(current, lines, i)));
			if (starts) {
				current = new Entry();
				entries.add(current);
				current.head.add(line);
			}
			else if (dated && !current.opensWithShortHead(line)) {
				current.body.add(line.text());
			}
			else {
				current.head.add(line);
			}
		}
		entries.forEach(Entry::unmarkedItems);
		return entries;
	}

	/**
	 * The lines closing an entry's body as its bullets where the marks were lost (plain text
	 * exported from a list): two or more lines, each a capitalised phrase of four words or
	 * more without the full stop a paragraph's sentences end with, and no bullets elsewhere.
	 */
	private void unmarkedItems() {
		if (!this.items.isEmpty()) {
			return;
		}
		int from = this.body.size();
		while (from > 0 && isUnmarkedItem(this.body.get(from - 1))) {
			from--;
		}
		if (this.body.size() - from >= 2) {
			List<String> items = this.body.subList(from, this.body.size());
			this.items.addAll(items);
			items.clear();
		}
		else if (this.body.size() >= 2 && this.body.get(0).strip().endsWith(".")
				&& this.body.subList(1, this.body.size()).stream().allMatch(Entry::isPhraseAfterSummary)) {
			// "Browser extension that flags …." over "4,000 weekly users": a summary's sentence,
			// then phrases without its full stop, as a theme prints the summary over the highlights
			List<String> items = this.body.subList(1, this.body.size());
			this.items.addAll(items);
			items.clear();
		}
	}

	private static boolean isPhraseAfterSummary(String text) {
		String strip = text.strip();
		return !strip.matches(".*[.,;:!?]") && !strip.matches(".*[:@|—].*") && strip.split("\\s+").length >= 3;
	}

	private static boolean isUnmarkedItem(String text) {
		String strip = text.strip();
		return strip.matches("\\p{Lu}.*") && !strip.matches(".*[.,;:]") && strip.split("\\s+").length >= 4;
	}

	/** Whether the entry so far is nothing but lines of dates alone. */
	private boolean datesAlone() {
		return this.items.isEmpty() && this.body.isEmpty()
				&& this.head.stream().allMatch(head -> DateRange.isDateOnly(head.text()));
	}

	/**
	 * Whether a line still belongs to the head: it follows a line of dates alone, or it is
	 * the short second line of a head ("Booking.com, Amsterdam" under "Manager … 2022 –
	 * Present"), not a sentence of the body.
	 */
	private boolean opensWithShortHead(Line line) {
		if (!this.items.isEmpty() || !this.body.isEmpty()) {
			return false;
		}
		String text = line.text().strip();
		// "East Vena, RI" under title, employer and dates: the place of the head above, on its own line
		return datesAlone() || (headLines() <= 2 && text.split("\\s+").length <= 8 && !text.endsWith("."))
				|| (headLines() <= 3 && HeadPlaces.strongPlace(text));
	}

	/**
	 * How many lines the head has, not counting a link set under it ("Pied Piper" over its
	 * dates over "piedpiper.example.com"), which names nothing of the entry's own.
	 */
	private long headLines() {
		return this.head.stream()
			.filter(line -> ContactDetails.website(line.text()) == null || line.text().strip().contains(" "))
			.count();
	}

	/**
	 * Whether a bold line is the title set under this entry's bold head ("Acme" over its dates
	 * over "Firmware Intern"), not the head of the next: nothing but the head is here yet, and
	 * no dates follow the line as they would follow the next entry's head.
	 */
	private boolean titleUnder(List<Line> lines, int index) {
		if (!this.items.isEmpty() || !this.body.isEmpty() || headLines() > 2) {
			return false;
		}
		for (int i = index + 1; i < lines.size() && i <= index + 2; i++) {
			if (DateRange.find(lines.get(i).text()) != null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a heading line opens an entry: not one set at a deeper level than the heading
	 * that opened this one (an h4 title under an h3 employer).
	 */
	private static boolean opensAsHeading(Entry current, Line line) {
		Line first = current.head.get(0);
		// dates alone over the heading ("Mars 2021 - Aujourd'hui" over an h3 title, as a date
		// column beside the entries is read): the heading's own dates, not an entry of their own
		return line.isHeading() && !current.datesAlone() && (!first.isHeading() || line.level() <= first.level());
	}

	/** A line set as the body is: not a heading, not bold, no larger than the text around. */
	private static boolean plainLook(Line line) {
		return !line.isHeading() && !line.bold() && line.size() <= 1.05f;
	}

	/**
	 * A bullet's phrase whose mark was lost ("Cut the main bundle size by 40% with code
	 * splitting"): more words than a head has, and none of the separators a long head parts
	 * its title, organisation and place with.
	 */
	private static boolean isPhrase(Line line) {
		return words(line) > HEAD_WORDS + 2 && !line.text().matches(".*[,|–—·@(].*");
	}

	/** A sentence of the body ("Lecturer for 600 students; …."), which never opens an entry. */
	private static boolean isSentence(Line line) {
		String text = line.text().strip();
		return text.endsWith(".") && text.split("\\s+").length > 5;
	}

	/**
	 * Whether the line opens an entry shaped like the current one, where the dates come on
	 * the head's second or third line ("Course" over "School, Fall 2022"): the line as far
	 * below carries a date, and nothing between does. Without bullets between entries, or
	 * bold, or heading styles (plain text), the repeated shape is what tells them apart.
	 */
	private static boolean repeatsHead(Entry current, List<Line> lines, int index) {
		int datedAt = -1;
		for (int h = 0; h < current.head.size() && datedAt < 0; h++) {
			if (DateRange.find(current.head.get(h).text()) != null) {
				datedAt = h;
			}
		}
		if (datedAt < 1 || index + datedAt >= lines.size() || isSentence(lines.get(index)) || isPhrase(lines.get(index))) {
			return false;
		}
		for (int i = index; i < index + datedAt; i++) {
			if (lines.get(i).isItem() || DateRange.find(lines.get(i).text()) != null) {
				return false;
			}
		}
		Line dated = lines.get(index + datedAt);
		return !dated.isItem() && DateRange.find(dated.text()) != null && !isSentence(dated);
	}

	/**
	 * The lines with the heads of a card list as heads: where the section opens with an item
	 * over a line of dates alone ("• Senior Manager, Gibson LLC" over "Sep 2021 – Present",
	 * each entry a list item holding its own bullets), every item over a line of dates alone
	 * is the head of an entry, not a bullet of the one before.
	 */
	static List<Line> withCardHeads(List<Line> lines) {
		if (lines.isEmpty() || !lines.get(0).isItem() || !headsDates(lines, 0)) {
			return lines;
		}
		List<Line> heads = new ArrayList<>(lines);
		for (int i = 0; i < heads.size(); i++) {
			if (heads.get(i).isItem() && headsDates(lines, i)) {
				heads.set(i, heads.get(i).withKind(Line.Kind.TEXT));
			}
		}
		return heads;
	}

	/** Whether a line without dates of its own is followed by a line of dates alone. */
	private static boolean headsDates(List<Line> lines, int index) {
		return index + 1 < lines.size() && !lines.get(index + 1).isItem()
				&& DateRange.isDateOnly(lines.get(index + 1).text()) && DateRange.find(lines.get(index).text()) == null;
	}

	private static int words(Line line) {
		return line.text().strip().split("\\s+").length;
	}

	private static boolean nextIsDateOnly(List<Line> lines, int index, int within) {
		for (int i = index + 1; i < lines.size() && i <= index + within; i++) {
			if (DateRange.isDateOnly(lines.get(i).text())) {
				return true;
			}
			if (lines.get(i).isItem()) {
				return false;
			}
		}
		return false;
	}

}

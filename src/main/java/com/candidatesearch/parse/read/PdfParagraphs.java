package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.candidatesearch.parse.field.ContactDetails;
import com.candidatesearch.parse.field.DateRange;
import com.candidatesearch.parse.layout.Bullets;
import com.candidatesearch.parse.layout.Glyphs;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.read.PdfWords.Word;

/**
 * Joins the cells of a PDF's columns into {@link Line}s: a row that only continues the one
 * above (its first word would not have fitted there) is joined to it, and a hyphen that
 * the typesetter put at the line's end is taken out.
 */
public final class PdfParagraphs {

	/** "ML: scikit-learn, …": one to three words and a colon open a line of their own. */
	private static final Pattern LABELLED = Pattern.compile("\\p{Lu}[\\p{L}&/+ -]{0,30}:\\s");

	/** "Princeton, NJ", "Istanbul, Türkiye": a town and its region or country alone. */
	private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+)?, \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+)?");

	private PdfParagraphs() {
	}

	/**
	 * The lines of the document.
	 *
	 * @param columns every page's columns in reading order, each its cells top to bottom
	 * @param body the body text's font size
	 * @param words every word, for the vocabulary that tells hyphens apart
	 */
	static List<Line> join(List<List<Cell>> columns, float body, List<Word> words) {
		List<Cell> cells = new ArrayList<>();
		List<Edges> edges = new ArrayList<>();
		for (List<Cell> column : columns) {
			// a margin column read into the text column, or a list set beside another, keeps its own edges
			Map<Integer, List<Cell>> lanes = new HashMap<>();
			column.forEach(cell -> lanes.computeIfAbsent(cell.lane(), lane -> new ArrayList<>()).add(cell));
			Map<Integer, Edges> laneEdges = new HashMap<>();
			lanes.forEach((lane, laneCells) -> laneEdges.put(lane, edges(laneCells)));
			for (Cell cell : column) {
				cells.add(cell);
				edges.add(laneEdges.get(cell.lane()));
			}
		}
		return join(cells, edges, body, Hyphens.of(words));
	}

	private static Edges edges(List<Cell> column) {
		// dates set flush right beside the text are no part of its measure: lines wrap short of them
		// (nor is a short note set apart in the column's right half, "Last updated in Mar 2026")
		float left = (float) column.stream().mapToDouble(Cell::x).min().orElse(0);
		float end = (float) column.stream().mapToDouble(Cell::endX).max().orElse(0);
		List<Cell> text = column.stream()
			.filter(cell -> !besideNote(cell.text()) && (cell.x() < (left + end) / 2 || cell.text().length() >= 40))
			.toList();
		return new Edges(left, rightEdge(text.isEmpty() ? column : text));
	}

	/**
	 * Where a column's full lines end: the second furthest end, so one line that overruns the
	 * margin (a long URL in LaTeX) does not move the edge. (Requiring two lines to end at the
	 * same place instead put the edge of a ragged, sparse column at two short lines that
	 * happen to match, such as two "GPA 3.9", and ran every longer line into the next.)
	 */
	private static float rightEdge(List<Cell> column) {
		float furthest = 0;
		float second = 0;
		for (Cell cell : column) {
			float end = cell.endX();
			if (end > furthest) {
				second = furthest;
				furthest = end;
			}
			else if (end > second) {
				second = end;
			}
		}
		return second > 0 ? second : furthest;
	}

	private static List<Line> join(List<Cell> cells, List<Edges> edges, float body, Hyphens hyphens) {
		LinePitch pitch = LinePitch.of(cells, edges.stream().map(Edges::right).toList());
		// the line step in ems of the body text: 1.2 in LaTeX, 1.5 or more in a web page's CSS
		float leading = pitch.document() > 0 && body > 0 ? pitch.document() / body : 0;
		List<Line> lines = new ArrayList<>();
		Cell previous = null;
		StringBuilder text = null;
		Cell head = null;
		List<String> emphasis = new ArrayList<>();
		boolean gap = true;
		int previousIndex = -1;
		// dates and places set right of a line whose text wraps below them wait for it to end
		List<Cell> aside = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			if (Glyphs.isPlaceholder(cell.text())) {
				// a template's "undefined NaN" set where a date should be, beside the line it belongs to
				continue;
			}
			if (text != null && !cell.first() && cell.lane() == previous.lane() && besideNote(cell.text())) {
				aside.add(cell);
				continue;
			}
			if (previous != null && moreTags(previous, cell)) {
				text.append(" · ").append(cell.text());
				previous = cell;
				previousIndex = i;
				continue;
			}
			if (previous != null && brokenAddress(previous, cell, edges.get(previousIndex))) {
				text.append(cell.text());
				previous = cell;
				previousIndex = i;
				continue;
			}
			if (previous != null && continues(previous, cell, edges.get(previousIndex), pitch.at(cell.x()), body,
					tighterThanAround(cells, previousIndex, i))) {
				hyphens.join(text, cell.text());
				List<String> runs = cell.emphasis();
				if (!runs.isEmpty() && !emphasis.isEmpty() && previous.words().get(previous.words().size() - 1).italic()
						&& cell.words().get(0).italic()) {
					emphasis.set(emphasis.size() - 1, emphasis.get(emphasis.size() - 1) + " " + runs.get(0));
					runs = runs.subList(1, runs.size());
				}
				emphasis.addAll(runs);
				previous = cell;
				previousIndex = i;
				continue;
			}
			if (text != null) {
				lines.add(line(head, text, emphasis, body, gap));
				addNotes(lines, aside, body);
				aside.clear();
				gap = cell.y() - previous.y() > Math.max(1.45f, 1.2f * leading) * previous.size() || cell.y() < previous.y();
			}
			head = cell;
			text = new StringBuilder(cell.text());
			emphasis = new ArrayList<>(cell.emphasis());
			previous = cell;
			previousIndex = i;
		}
		if (text != null) {
			lines.add(line(head, text, emphasis, body, gap));
			addNotes(lines, aside, body);
		}
		return lines;
	}

	/**
	 * Whether two lines are set closer than the lines either side of them, as a wrapped
	 * paragraph's lines are among blocks spaced apart; lines broken by hand (an address's)
	 * are spaced alike.
	 */
	private static boolean tighterThanAround(List<Cell> cells, int above, int below) {
		float dy = cells.get(below).y() - cells.get(above).y();
		float before = above > 0 && cells.get(above - 1).page() == cells.get(above).page()
				? cells.get(above).y() - cells.get(above - 1).y() : 0;
		float after = below + 1 < cells.size() && cells.get(below + 1).page() == cells.get(below).page()
				? cells.get(below + 1).y() - cells.get(below).y() : 0;
		return dy > 0 && (before > 1.08f * dy || after > 1.08f * dy);
	}

	private static boolean continues(Cell above, Cell cell, Edges column, float pitch, float body, boolean tighter) {
		float dy = cell.y() - above.y();
		// (a heading's lines are spaced by its own size, not by the body's pitch)
		boolean heading = wrappedHeading(above, cell, body);
		// a paragraph gap a little wider than the line pitch (LaTeX's \parskip) ends a paragraph
		if (pitch > 0 && dy > 1.12f * pitch + 0.5f && cell.page() == above.page() && !(heading && dy < 1.4f * above.size())) {
			return false;
		}
		boolean nextPage = cell.page() != above.page() && Character.isLowerCase(cell.text().charAt(0));
		if (above.lane() != cell.lane()) {
			return false;
		}
		// a paragraph set flush right (a sidebar's "Certified Kubernetes Security" over
		// "Specialist (CKS)", closer than the blocks around) wraps where the next word would
		// not fit at the line's start; a list of one short skill a line is no paragraph,
		// however narrow the column
		boolean flushRight = Math.abs(above.endX() - cell.endX()) < 1 && column.right() - above.endX() < 1
				&& cell.x() > above.x() + cell.size() && tighter;
		boolean wrappedRight = flushRight && above.x() - column.left() < cell.firstWordWidth() + 0.5f * cell.size()
				&& above.endX() - above.x() > 0.6f * (column.right() - column.left());
		if ((!nextPage && (dy <= 0.3f * above.size() || dy > Math.max(1.7f * above.size(), 1.15f * pitch)))
				|| Math.abs(cell.size() - above.size()) > 0.6f || above.label() || !cell.first()
				|| Bullets.strip(cell.text()) != null || !heading && startsOwnLine(above, cell, wrappedRight)
				|| changesWeight(above, cell)) {
			return false;
		}
		if (flushRight) {
			return wrappedRight;
		}
		// a wrapped line starts where the text above does (or left of it, below an indented
		// first line); lines set flush right or centred (a header's contact lines) start
		// wherever their width puts them, each a line of its own
		if (cell.x() > above.textX() + cell.size()) {
			return false;
		}
		if (above.x() - column.left() > 3 * above.size() && cell.x() < above.x() - cell.size()) {
			// back at the column's edge under a line set far in: a line of its own, unless a
			// sentence goes on in small letters ("… cutting release lead time" over "from two
			// weeks to a day", a grid's bullet whose last line flows under the cells beside it)
			// (a word, not an address: "alessandro.rossi@polimi.it" under a headline is a line of its own)
			return cell.text().matches("\\p{Ll}[\\p{L}'’-]*(?:\\s.*)?") && !above.text().matches(".*[.!?:;)]$")
					&& cell.page() == above.page();
		}
		return above.endX() + cell.firstWordWidth() + 0.5f * cell.size() > column.right();
	}

	/**
	 * A row of tags under a row of tags, starting where it starts: the tags wrapped, and the
	 * rows are one list ("React · TypeScript · Vue" over "Svelte · CSS").
	 */
	private static boolean moreTags(Cell above, Cell cell) {
		float dy = cell.y() - above.y();
		return above.tags() && cell.tags() && cell.first() && above.lane() == cell.lane() && cell.page() == above.page()
				&& dy > 0.3f * above.size() && dy < 2.5f * above.size() && Math.abs(cell.x() - above.x()) < cell.size();
	}

	/**
	 * An e-mail address or web address that a narrow column broke where it ran out of room,
	 * mid-word and without a hyphen ("jane.doe@mail.c" over "om"): the address reaches the
	 * column's edge, the line below is one word under it, and the two make an address.
	 */
	private static boolean brokenAddress(Cell above, Cell cell, Edges column) {
		String head = above.text();
		String tail = cell.text();
		float dy = cell.y() - above.y();
		if (head.contains(" ") || tail.contains(" ") || !cell.first() || above.lane() != cell.lane()
				|| cell.page() != above.page() || dy <= 0.3f * above.size() || dy > 1.7f * above.size()
				|| Math.abs(cell.x() - above.x()) > 1 || Math.abs(cell.size() - above.size()) > 0.1f
				|| !Character.isLowerCase(tail.charAt(0)) || above.endX() + 0.5f * above.size() < column.right()) {
			return false;
		}
		// a line that is an address of its own ("github.com/jdoe" under "www.johndoe.com") is no tail
		if (tail.startsWith("www.") || !ContactDetails.profiles(tail).isEmpty()) {
			return false;
		}
		String joined = head + tail;
		return ContactDetails.email(head) == null && ContactDetails.email(joined) != null
				|| ContactDetails.email(joined) == null && ContactDetails.website(joined) != null;
	}

	/**
	 * The notes set beside a line, each a line of its own; a length of time set under the
	 * dates ("4 months", beside the same line or the next) joins them, as LinkedIn prints it:
	 * "May 2022 – Aug 2022 (4 months)".
	 */
	private static void addNotes(List<Line> lines, List<Cell> aside, float body) {
		for (Cell note : aside) {
			int dates = lines.size() - 1;
			while (dates >= Math.max(0, lines.size() - 3) && !DateRange.isDateOnly(lines.get(dates).text())) {
				dates--;
			}
			if (DateRange.isLength(note.text()) && dates >= Math.max(0, lines.size() - 3)
					&& !lines.get(dates).text().endsWith(")")) {
				Line line = lines.get(dates);
				lines.set(dates, line.withText(line.text() + " (" + note.text() + ")"));
				continue;
			}
			lines.add(line(note, new StringBuilder(note.text()), note.emphasis(), body, false));
		}
	}

	/**
	 * "May 2022 – Aug 2022", "Santa Clara, CA", "4 months": what a theme sets flush right
	 * beside an entry's first lines, apart from the text that wraps on beneath it.
	 */
	static boolean besideNote(String text) {
		return DateRange.isDateOnly(text) || PLACE.matcher(text).matches() || DateRange.isLength(text);
	}

	/** Where a column's lines start at the furthest left, and where its full lines end. */
	private record Edges(float left, float right) {
	}

	/**
	 * A bold head over a regular line ("Acme – Engineer" over "Berlin · 2021 – Now"), or the
	 * reverse: a paragraph keeps its weight where it wraps, so a change of weight between the
	 * last word above and the first word below starts a new line.
	 */
	private static boolean changesWeight(Cell above, Cell cell) {
		return above.words().get(above.words().size() - 1).bold() != cell.words().get(0).bold();
	}

	/**
	 * A heading set larger than the body that a narrow column (a margin of section names)
	 * wrapped: "Professional Skills" over "Summary", one size, one weight, one left edge. Its
	 * lines are short and start with capitals like a stacked list, but a list is set in the
	 * body's size; whether it wrapped is still left to the width test.
	 */
	static boolean wrappedHeading(Cell above, Cell cell, float body) {
		return body > 0 && above.size() > 1.15f * body && Math.abs(cell.size() - above.size()) < 0.1f
				&& above.bold() == cell.bold() && Math.abs(cell.x() - above.x()) <= 1 && !above.text().endsWith(":")
				&& cell.page() == above.page();
	}

	/**
	 * Lines a sidebar stacks without wrapping: a date beside a title, a contact detail, a
	 * "Label: values" line. They end short of the column's edge only by chance, so the
	 * width test alone would run them together.
	 */
	private static boolean startsOwnLine(Cell above, Cell cell, boolean wrappedRight) {
		String text = cell.text();
		String previous = above.text();
		boolean contactAbove = !previous.contains(" ") && (ContactDetails.email(previous) != null
				|| ContactDetails.website(previous) != null) || ContactDetails.phone(previous) != null && previous.length() < 24;
		// a line of one to three words is full only in a column too narrow for the next word,
		// and a stacked list ("Jetpack Compose", "SwiftUI") starts each entry with a capital
		// (three words do wrap in a column set flush right, where the next would not fit); a
		// line ending with a comma ("Figma, Design systems,") is a list that goes on
		boolean shortAbove = previous.split("\\s+").length <= (wrappedRight ? 2 : 3) && Character.isUpperCase(text.charAt(0))
				&& !previous.endsWith(",");
		return DateRange.isDateOnly(previous) || contactAbove || shortAbove || LABELLED.matcher(text).lookingAt()
				|| ContactDetails.email(text) != null && text.split("\\s+").length <= 2
				|| ContactDetails.email(above.text()) != null && above.text().split("\\s+").length <= 2
				|| ContactDetails.phone(text) != null && text.length() < 24
				|| !text.contains(" ") && (ContactDetails.website(text) != null || !ContactDetails.profiles(text).isEmpty());
	}

	private static Line line(Cell head, StringBuilder text, List<String> emphasis, float body, boolean gap) {
		List<String> runs = emphasis.stream().map(run -> InlineMarkup.fold(run.replace(String.valueOf(GlyphWords.BROKEN), ""))).toList();
		Line line = new Line(InlineMarkup.fold(text.toString().replace(String.valueOf(GlyphWords.BROKEN), "")), head.label() ? Line.Kind.LABEL : Line.Kind.TEXT, 0,
				head.bold(), runs, body > 0 ? head.size() / body : 0, gap);
		return Bullets.mark(line);
	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.candidatesearch.parse.layout.Bullets;
import com.candidatesearch.parse.layout.Line;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds {@link Line}s from the XHTML SAX events Tika emits for HTML, DOCX, ODT and RTF,
 * keeping headings, list items, table label cells and bold or italic runs, and leaving out
 * what a reader never sees: hidden elements, navigation menus and scripts.
 */
public class HtmlLineCollector extends DefaultHandler {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
			"tr", "ul", "ol", "table", "blockquote", "pre", "section", "header", "footer", "main", "article", "dt",
			"dd", "dl", "address", "aside", "body", "caption", "figcaption");

	private static final Set<String> EMPHASIS = Set.of("b", "strong", "i", "em");

	/** What an open element did, so its end undoes exactly that. */
	private record Frame(String name, boolean block, boolean hidden, boolean bold, boolean run, Link link, boolean flex,
			boolean tag) {
	}

	private final boolean breakOnNewline;

	private final int maxChars;

	private final ElementDisplay display;

	private final Deque<Frame> frames = new ArrayDeque<>();

	private final List<Line> lines = new ArrayList<>();

	private final Menus menus = new Menus();

	private final LineText text = new LineText();

	private final Deque<String> blocks = new ArrayDeque<>();

	private final TableCells cells = new TableCells();

	/** The link whose text the characters are, if any. */
	private Link link;

	private int skipDepth;

	private boolean firstLineOfItem;

	private boolean gap = true;

	/** Whether an inline element started or ended since the last character. */
	private boolean boundary;

	/** Whether a tag ended and only white space came since, so a tag starting now is the next of a row. */
	private boolean tagEnded;

	/** Whether the characters to come are a tag's that follows another: its first letter is set apart from it. */
	private boolean tagNext;

	/** Whether the last event was a lone space, which Tika sends where a paragraph nested in a frame starts or ends. */
	private boolean loneSpace;

	private int totalChars;

	private boolean truncated;

	/**
	 * @param breakOnNewline whether a newline inside a paragraph is a line break (office
	 * documents) rather than white space (HTML source)
	 * @param maxChars how many characters to keep at most, so a huge document cannot
	 * exhaust memory
	 */
	HtmlLineCollector(boolean breakOnNewline, int maxChars) {
		this(breakOnNewline, maxChars, StyleSheet.EMPTY);
	}

	/**
	 * @param breakOnNewline as above
	 * @param maxChars as above
	 * @param styles the page's own style sheet, which sets what is a block of its own
	 */
	HtmlLineCollector(boolean breakOnNewline, int maxChars, StyleSheet styles) {
		this.breakOnNewline = breakOnNewline;
		this.maxChars = maxChars;
		this.display = new ElementDisplay(styles);
	}

	List<Line> lines() {
		flush(false);
		return this.menus.without(this.lines);
	}

	boolean truncated() {
		return this.truncated;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		String name = name(localName, qName);
		this.loneSpace = false;
		StyleSheet.Display display = this.display.open(name, attributes);
		if (this.skipDepth > 0 || display == StyleSheet.Display.NONE) {
			this.skipDepth++;
			this.frames.push(new Frame(name, false, true, false, false, null, false, false));
			return;
		}
		if (name.equals("br")) {
			flush(false);
			this.frames.push(new Frame(name, false, false, false, false, null, false, false));
			return;
		}
		// a flex or grid container lays out each child as a box of its own ("Acme" left, "Analyst" right)
		boolean inFlex = !this.frames.isEmpty() && this.frames.peek().flex();
		boolean block = BLOCKS.contains(name) || display == StyleSheet.Display.BLOCK || display == StyleSheet.Display.FLEX
				|| inFlex;
		if (block) {
			flush(true);
			if (name.equals("p") && namesHeading(attributes.getValue("class"))) {
				name = "h2";
			}
			this.blocks.push(name);
			if (name.equals("tr")) {
				this.cells.startRow();
			}
			else if (name.equals("td") || name.equals("th")) {
				this.cells.startCell();
			}
			else if (name.equals("li")) {
				this.firstLineOfItem = true;
			}
		}
		else if (!name.equals("sup") && !name.equals("sub")) {
			// "Harris" in one span and "Senior" in the next are two words, however the page glues them
			this.boundary = true;
		}
		boolean run = EMPHASIS.contains(name);
		boolean bold = run && (name.equals("b") || name.equals("strong"));
		if (run) {
			this.text.startRun(bold);
		}
		Link link = name.equals("a") ? Link.of(attributes.getValue("href")) : null;
		if (link != null) {
			this.link = link;
		}
		boolean tag = !block && display == StyleSheet.Display.TAG;
		// the tag before this one ended with nothing but space since: the page draws them apart
		this.tagNext = tag && this.tagEnded;
		this.tagEnded = false;
		this.frames.push(new Frame(name, block, false, bold, run, link, display == StyleSheet.Display.FLEX, tag));
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		this.loneSpace = false;
		if (this.frames.isEmpty()) {
			return;
		}
		Frame frame = this.frames.pop();
		this.display.close();
		if (frame.hidden()) {
			this.skipDepth--;
			return;
		}
		if (frame.run()) {
			this.text.endRun(frame.bold());
		}
		if (frame.link() != null) {
			endLink(frame.link());
			this.link = null;
		}
		if (frame.block()) {
			flush(true);
			if (!this.blocks.isEmpty()) {
				this.blocks.pop();
			}
			if (frame.name().equals("tr")) {
				this.cells.endRow();
			}
		}
		else if (!frame.name().equals("sup") && !frame.name().equals("sub")) {
			this.boundary = true;
		}
		this.tagEnded = frame.tag();
	}

	/** Shows a link's target where its text does not (an icon, a handle), and counts in-page links. */
	private void endLink(Link link) {
		String target = link.shownAfter(level() > 0);
		if (target != null) {
			this.text.appendAside(target);
		}
		this.menus.linkEnded(link);
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.skipDepth > 0 || this.truncated) {
			return;
		}
		this.totalChars += length;
		if (this.totalChars > this.maxChars) {
			this.truncated = true;
			return;
		}
		if (this.breakOnNewline && length == 1 && ch[start] == ' ' && this.blocks.contains("div")) {
			// Tika writes a paragraph inside a text frame as a space before and after its text
			if (this.loneSpace) {
				flush(true);
				this.loneSpace = false;
				return;
			}
			this.loneSpace = true;
		}
		else {
			this.loneSpace = false;
		}
		Link link = this.link;
		for (int i = start; i < start + length; i++) {
			char c = ch[i];
			if (c == '\n' && this.breakOnNewline) {
				flush(false);
				continue;
			}
			if (this.boundary && !Character.isWhitespace(c) && glued(c)) {
				// a list item is one entry ("English" and "Native" set apart by its style): keep it one line
				if (this.blocks.contains("li")) {
					this.text.append(' ');
				}
				else {
					flush(false);
				}
			}
			this.boundary = false;
			if (!Character.isWhitespace(c)) {
				if (this.tagNext && !this.text.isEmpty()) {
					// (on the line the tag before it is on, not alone where the line was cut)
					this.text.append(' ');
					this.text.append('·');
					this.text.append(' ');
				}
				this.tagNext = false;
				this.tagEnded = false;
			}
			this.text.append(c);
			if (link != null) {
				link.append(c);
				if (link.inPage() && Character.isLetterOrDigit(c)) {
					this.menus.letter();
				}
			}
		}
	}

	/**
	 * Whether the next character, right after an element boundary with no space between, would
	 * glue two words a browser shows apart: a word or number, then a capital ("HarrisSenior").
	 */
	private boolean glued(char next) {
		if (this.text.isEmpty() || !Character.isUpperCase(next)) {
			return false;
		}
		char last = this.text.last();
		return Character.isLowerCase(last) || Character.isDigit(last) || last == '.' || last == ')' || last == ']';
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		characters(ch, start, length);
	}

	private void flush(boolean blockBoundary) {
		String content = InlineMarkup.fold(this.text.text().toString());
		if (!content.isEmpty()) {
			this.lines.add(Bullets.mark(new Line(content, kind(), level(), this.text.bold(), this.text.runs(), 0, this.gap)));
			this.gap = false;
			this.firstLineOfItem = false;
		}
		this.menus.lineEnded(!content.isEmpty(), this.text.letters());
		this.text.clear();
		this.boundary = false;
		this.tagEnded = false;
		this.tagNext = false;
		if (blockBoundary) {
			this.gap = true;
		}
	}

	private Line.Kind kind() {
		if (level() > 0) {
			return Line.Kind.HEADING;
		}
		if (this.blocks.contains("li") && this.firstLineOfItem) {
			return Line.Kind.ITEM;
		}
		boolean inCell = this.blocks.contains("td") || this.blocks.contains("th");
		if (inCell && this.cells.isLabel(this.text.text())) {
			return Line.Kind.LABEL;
		}
		return Line.Kind.TEXT;
	}

	private int level() {
		for (String block : this.blocks) {
			if (block.length() == 2 && block.charAt(0) == 'h' && Character.isDigit(block.charAt(1))) {
				return block.charAt(1) - '0';
			}
		}
		return 0;
	}

	/**
	 * Whether a paragraph's class makes it a heading: a Word or ODT paragraph style named for a
	 * heading or title, an HTML class named for a heading or a section's title; on a web page a
	 * bare "title" is a job's ("Senior Analyst").
	 */
	private boolean namesHeading(String classes) {
		if (classes == null) {
			return false;
		}
		String lower = classes.toLowerCase(Locale.ROOT);
		if (this.breakOnNewline) {
			return lower.contains("heading") || lower.contains("title");
		}
		for (String name : lower.split("\\s+")) {
			if (name.contains("heading") || (name.contains("section") && name.contains("title"))) {
				return true;
			}
		}
		return false;
	}

	private static String name(String localName, String qName) {
		String name = (localName == null || localName.isEmpty()) ? qName : localName;
		return name.toLowerCase(Locale.ROOT);
	}

}

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
 * keeping headings, list items, table label cells and bold or italic runs.
 */
public class HtmlLineCollector extends DefaultHandler {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
			"tr", "ul", "ol", "table", "blockquote", "pre", "section", "header", "footer", "main", "article", "dt",
			"dd", "dl", "address", "aside", "nav", "body", "caption", "figcaption");

	private static final Set<String> EMPHASIS = Set.of("b", "strong", "i", "em");

	private static final Set<String> SKIPPED = Set.of("head", "title", "style", "script", "noscript", "template");

	private final boolean breakOnNewline;

	private final int maxChars;

	private final List<Line> lines = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private final Deque<StringBuilder> runs = new ArrayDeque<>();

	private final List<String> emphasis = new ArrayList<>();

	private final Deque<String> blocks = new ArrayDeque<>();

	private int skipDepth;

	private int boldDepth;

	private int letters;

	private int boldLetters;

	private int cellInRow;

	private boolean firstLineOfItem;

	private boolean gap = true;

	private int totalChars;

	private boolean truncated;

	/**
	 * @param breakOnNewline whether a newline inside a paragraph is a line break (office
	 * documents) rather than white space (HTML source)
	 * @param maxChars how many characters to keep at most, so a huge document cannot
	 * exhaust memory
	 */
	HtmlLineCollector(boolean breakOnNewline, int maxChars) {
		this.breakOnNewline = breakOnNewline;
		this.maxChars = maxChars;
	}

	List<Line> lines() {
		flush(false);
		return this.lines;
	}

	boolean truncated() {
		return this.truncated;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		String name = name(localName, qName);
		if (SKIPPED.contains(name)) {
			this.skipDepth++;
			return;
		}
		if (name.equals("br")) {
			flush(false);
			return;
		}
		if (BLOCKS.contains(name)) {
			flush(true);
			String style = attributes.getValue("class");
			if (name.equals("p") && style != null && style.toLowerCase(Locale.ROOT).matches(".*(heading|title).*")) {
				name = "h2";
			}
			this.blocks.push(name);
			if (name.equals("tr")) {
				this.cellInRow = 0;
			}
			else if (name.equals("td") || name.equals("th")) {
				this.cellInRow++;
			}
			else if (name.equals("li")) {
				this.firstLineOfItem = true;
			}
		}
		else if (EMPHASIS.contains(name)) {
			this.runs.push(new StringBuilder());
			if (name.equals("b") || name.equals("strong")) {
				this.boldDepth++;
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		String name = name(localName, qName);
		if (SKIPPED.contains(name)) {
			this.skipDepth--;
			return;
		}
		if (BLOCKS.contains(name)) {
			flush(true);
			if (!this.blocks.isEmpty()) {
				this.blocks.pop();
			}
		}
		else if (EMPHASIS.contains(name) && !this.runs.isEmpty()) {
			this.emphasis.add(this.runs.pop().toString());
			if (name.equals("b") || name.equals("strong")) {
				this.boldDepth--;
			}
		}
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
		for (int i = start; i < start + length; i++) {
			char c = ch[i];
			if (c == '\n' && this.breakOnNewline) {
				flush(false);
				continue;
			}
			this.text.append(c);
			for (StringBuilder run : this.runs) {
				run.append(c);
			}
			if (Character.isLetterOrDigit(c)) {
				this.letters++;
				if (this.boldDepth > 0) {
					this.boldLetters++;
				}
			}
		}
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		characters(ch, start, length);
	}

	private void flush(boolean blockBoundary) {
		String content = InlineMarkup.fold(this.text.toString());
		if (!content.isEmpty()) {
			this.lines.add(Bullets.mark(new Line(content, kind(), level(), this.letters > 0 && this.boldLetters == this.letters,
					runs(), 0, this.gap)));
			this.gap = false;
			this.firstLineOfItem = false;
		}
		this.text.setLength(0);
		this.emphasis.clear();
		this.runs.forEach(run -> run.setLength(0));
		this.letters = 0;
		this.boldLetters = 0;
		if (blockBoundary) {
			this.gap = true;
		}
	}

	private List<String> runs() {
		return this.emphasis.stream().map(InlineMarkup::fold).filter(run -> !run.isEmpty()).toList();
	}

	private Line.Kind kind() {
		if (level() > 0) {
			return Line.Kind.HEADING;
		}
		if (this.blocks.contains("li") && this.firstLineOfItem) {
			return Line.Kind.ITEM;
		}
		boolean inCell = this.blocks.contains("td") || this.blocks.contains("th");
		if (inCell && this.cellInRow == 1 && this.text.toString().strip().split("\\s+").length <= 4) {
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

	private static String name(String localName, String qName) {
		String name = (localName == null || localName.isEmpty()) ? qName : localName;
		return name.toLowerCase(Locale.ROOT);
	}

}

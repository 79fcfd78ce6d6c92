package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.layout.Bullets;
import com.candidatesearch.parse.layout.Line;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown resume through its syntax tree, so headings, lists and emphasis are
 * structure and {@code **}, {@code #} or backslash escapes never reach the text.
 */
public final class MarkdownReader {

	private static final Parser PARSER = Parser.builder().build();

	private MarkdownReader() {
	}

	/** Whether plain text is clearly Markdown: several {@code #} headings. */
	static boolean looksLikeMarkdown(String text) {
		long headings = text.lines().filter(line -> line.matches("#{1,6}\\s+\\S.*")).count();
		return headings >= 2;
	}

	public static List<Line> read(String text) {
		Collector collector = new Collector();
		PARSER.parse(MarkdownSource.withoutFrontMatter(text)).accept(collector);
		collector.flush();
		return collector.lines;
	}

	private static final class Collector extends AbstractVisitor {

		private final List<Line> lines = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private final List<String> emphasis = new ArrayList<>();

		private Line.Kind kind = Line.Kind.TEXT;

		private int level;

		private int listDepth;

		private boolean gap = true;

		/** How many times a line was ended, so an emphasis knows whether a break fell inside it. */
		private int flushed;

		/** Whether the next text starts a line of its source, where ": " opens a definition. */
		private boolean lineStart = true;

		private final TableRows table = new TableRows();

		@Override
		public void visit(Heading heading) {
			flush();
			this.kind = Line.Kind.HEADING;
			this.level = heading.getLevel();
			visitChildren(heading);
			flush();
			this.gap = true;
		}

		@Override
		public void visit(Paragraph paragraph) {
			if (!(paragraph.getParent() instanceof ListItem item) || item.getFirstChild() != paragraph) {
				flush();
			}
			visitChildren(paragraph);
			flush();
			this.gap = this.listDepth == 0;
		}

		@Override
		public void visit(BulletList list) {
			list(list);
		}

		@Override
		public void visit(OrderedList list) {
			list(list);
		}

		private void list(Node list) {
			flush();
			this.listDepth++;
			visitChildren(list);
			this.listDepth--;
			this.gap = true;
		}

		@Override
		public void visit(ListItem item) {
			flush();
			this.kind = Line.Kind.ITEM;
			visitChildren(item);
			flush();
		}

		@Override
		public void visit(Text node) {
			String literal = node.getLiteral();
			if (this.lineStart && literal.startsWith(": ")) {
				// a definition list ("Acme Corp" then ": Lead Designer"): the definition is a line of its own
				flush();
				literal = literal.substring(2);
			}
			this.lineStart = false;
			this.text.append(literal);
		}

		@Override
		public void visit(Link link) {
			int start = this.text.length();
			int lines = this.flushed;
			visitChildren(link);
			String shown = this.flushed == lines ? this.text.substring(start) : this.text.toString();
			String target = com.candidatesearch.parse.read.Link.target(shown, link.getDestination());
			if (target != null) {
				this.text.append(' ').append(target);
			}
		}

		@Override
		public void visit(Code code) {
			this.text.append(code.getLiteral());
		}

		@Override
		public void visit(Emphasis node) {
			emphasised(node);
		}

		@Override
		public void visit(StrongEmphasis node) {
			emphasised(node);
		}

		private void emphasised(Node node) {
			int start = this.text.length();
			int lines = this.flushed;
			visitChildren(node);
			// A line break inside the emphasis ends the line, so the run goes on from the start of the next one.
			this.emphasis.add(this.text.substring(this.flushed == lines ? start : 0));
		}

		@Override
		public void visit(SoftLineBreak lineBreak) {
			if (this.kind == Line.Kind.ITEM || this.kind == Line.Kind.HEADING) {
				this.text.append(' ');
			}
			else {
				flush();
			}
			this.lineStart = true;
		}

		@Override
		public void visit(HardLineBreak lineBreak) {
			visit((SoftLineBreak) null);
		}

		@Override
		public void visit(HtmlBlock block) {
			flush();
			for (String line : MarkdownSource.withoutComments(block.getLiteral()).split("\n")) {
				add(InlineMarkup.strip(MarkdownSource.showLinkTargets(line)));
			}
		}

		@Override
		public void visit(FencedCodeBlock block) {
			code(block.getLiteral());
		}

		@Override
		public void visit(IndentedCodeBlock block) {
			code(block.getLiteral());
		}

		private void code(String literal) {
			flush();
			for (String line : literal.split("\n")) {
				add(Bullets.mark(InlineMarkup.strip(line)));
			}
		}

		private void add(Line line) {
			if (!line.text().isEmpty()) {
				this.lines.add(new Line(line.text(), line.kind(), line.level(), line.bold(), line.emphasis(), 0, this.gap));
				this.gap = false;
			}
		}

		void flush() {
			String content = InlineMarkup.fold(this.text.toString());
			if (this.kind == Line.Kind.HEADING) {
				content = MarkdownSource.withoutAttributes(content);
			}
			if (!content.isEmpty() && !this.table.read(content, this.kind, this.gap, this.lines)) {
				List<String> runs = this.emphasis.stream().map(InlineMarkup::fold).filter(run -> !run.isEmpty()).toList();
				boolean bold = runs.size() == 1 && runs.get(0).equals(content);
				this.lines.add(new Line(content, this.kind, this.level, bold, runs, 0, this.gap));
				this.gap = false;
			}
			else if (!content.isEmpty()) {
				this.gap = false;
			}
			this.text.setLength(0);
			this.emphasis.clear();
			this.flushed++;
			this.lineStart = true;
			if (!content.isEmpty() || this.kind == Line.Kind.HEADING) {
				this.kind = Line.Kind.TEXT;
			}
			this.level = 0;
		}

	}

}

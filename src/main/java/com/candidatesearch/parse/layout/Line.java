package com.candidatesearch.parse.layout;

import java.util.List;

/**
 * One logical line of a resume as the extractors see it, whatever the file format: its text
 * with markup removed, and the layout signals the section and field parsers rely on.
 *
 * @param text the text, markup and bullet marks removed, white space folded
 * @param kind what the line is in the document's structure
 * @param level the heading level (1 to 6) of a heading, else 0
 * @param bold whether the whole line is set in bold
 * @param emphasis the bold or italic runs inside the line, in order
 * @param size the font size relative to the body text (1 = body size, 0 = unknown)
 * @param gapBefore whether a blank line or a paragraph gap separates it from the line before
 */
public record Line(String text, Kind kind, int level, boolean bold, List<String> emphasis, float size, boolean gapBefore) {

	public Line {
		emphasis = List.copyOf(emphasis);
	}

	public static Line text(String text) {
		return new Line(text, Kind.TEXT, 0, false, List.of(), 0, false);
	}

	public Line withText(String newText) {
		return new Line(newText, this.kind, this.level, this.bold, this.emphasis, this.size, this.gapBefore);
	}

	public Line withKind(Kind newKind) {
		return new Line(this.text, newKind, this.level, this.bold, this.emphasis, this.size, this.gapBefore);
	}

	public boolean isHeading() {
		return this.kind == Kind.HEADING;
	}

	public boolean isItem() {
		return this.kind == Kind.ITEM;
	}

	/** Whether the line is written in capitals only (ignoring digits and punctuation). */
	public boolean isUpperCase() {
		boolean letters = false;
		for (int i = 0; i < this.text.length(); i++) {
			char c = this.text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters |= Character.isLetter(c);
		}
		return letters;
	}

	/** Whether the line stands out from body text: a heading, bold, capitals or a larger font. */
	public boolean looksLikeHeading() {
		return isHeading() || this.kind == Kind.LABEL || this.bold || isUpperCase() || this.size > 1.15f;
	}

	public enum Kind {

		/** A heading: h1 to h6, a Markdown {@code #} line, a heading paragraph style. */
		HEADING,

		/** The label cell of a table row used for layout ("Education | the entries"). */
		LABEL,

		/** A list item or a line that starts with a bullet mark. */
		ITEM,

		/** Any other paragraph or line. */
		TEXT

	}

}

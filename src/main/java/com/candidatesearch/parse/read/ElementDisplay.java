package com.candidatesearch.parse.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;

/**
 * Decides, element by element, what a browser would make of a page's elements: hidden (never
 * seen, so never read), a block of its own, or part of a line. Follows the open elements so the
 * page's style sheet can match them.
 */
final class ElementDisplay {

	/** Elements whose text is never shown as text: a page's head, code, a menu, an icon's drawing. */
	private static final Set<String> SKIPPED = Set.of("head", "title", "style", "script", "noscript", "template", "nav",
			"svg", "select");

	private static final Set<String> MENU_ROLES = Set.of("navigation", "menu", "menubar");

	/** The usual classes of text kept for screen readers only, which no one sees on the page. */
	private static final Set<String> SCREEN_READER_ONLY = Set.of("sr-only", "visually-hidden", "screen-reader-text");

	private final StyleSheet styles;

	private final Deque<StyleSheet.Element> open = new ArrayDeque<>();

	ElementDisplay(StyleSheet styles) {
		this.styles = styles;
	}

	/**
	 * Opens an element and tells what it is shown as: {@code NONE} when hidden, else what its
	 * own style or the page's sheet says, {@code null} when neither says anything.
	 */
	StyleSheet.Display open(String name, Attributes attributes) {
		if (this.styles != StyleSheet.EMPTY) {
			this.open.push(StyleSheet.Element.of(name, attributes.getValue("class"), attributes.getValue("id")));
		}
		if (hidden(name, attributes)) {
			return StyleSheet.Display.NONE;
		}
		StyleSheet.Display own = StyleSheet.inline(attributes.getValue("style"));
		return own != null || this.styles == StyleSheet.EMPTY ? own : this.styles.display(this.open);
	}

	/** Closes the innermost open element. */
	void close() {
		if (!this.open.isEmpty()) {
			this.open.pop();
		}
	}

	private static boolean hidden(String name, Attributes attributes) {
		String classes = attributes.getValue("class");
		// Tika lists a Word file's link targets again after its body, as empty links of these classes
		if (name.equals("a") && classes != null && classes.startsWith("external-ref")) {
			return true;
		}
		if (SKIPPED.contains(name) || attributes.getIndex("hidden") >= 0
				|| "true".equalsIgnoreCase(attributes.getValue("aria-hidden"))) {
			return true;
		}
		String role = attributes.getValue("role");
		if (role != null && MENU_ROLES.contains(role.strip().toLowerCase(Locale.ROOT))) {
			return true;
		}
		if (classes != null) {
			for (String className : classes.strip().split("\\s+")) {
				if (SCREEN_READER_ONLY.contains(className.toLowerCase(Locale.ROOT))) {
					return true;
				}
			}
		}
		return false;
	}

}

package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.candidatesearch.parse.read.StyleSheet.Compound;
import com.candidatesearch.parse.read.StyleSheet.Display;
import com.candidatesearch.parse.read.StyleSheet.Selector;

/**
 * Reads the text of a style sheet into a {@link StyleSheet}'s display rules, in one pass and
 * without a regular expression, so a hostile sheet costs no more than its length.
 */
final class CssRules {

	private static final int MAX_COMPOUNDS = 12;

	private static final Set<String> BLOCKS = Set.of("block", "list-item", "table", "table-row",
			"table-cell", "table-caption", "table-row-group", "table-header-group", "table-footer-group", "flow-root");

	private static final Set<String> INLINES = Set.of("inline", "inline-block", "inline-flex", "inline-grid",
			"inline-table", "contents");

	private CssRules() {
	}

	/** Adds the display rules of a sheet's text to the sheet, until it holds as many as it takes. */
	static void read(String css, StyleSheet sheet) {
		StringBuilder text = new StringBuilder(css.length());
		int from = 0;
		int comment = css.indexOf("/*");
		while (comment >= 0) {
			text.append(css, from, comment);
			int end = css.indexOf("*/", comment + 2);
			from = end < 0 ? css.length() : end + 2;
			comment = end < 0 ? -1 : css.indexOf("/*", from);
		}
		text.append(css, from, css.length());
		int at = 0;
		while (at < text.length() && !sheet.full()) {
			int brace = text.indexOf("{", at);
			if (brace < 0) {
				return;
			}
			String prelude = text.substring(at, brace).strip();
			// "@import url(print.css);" ends at its semicolon, not at the next rule's block
			int semicolon = prelude.indexOf(';');
			if (semicolon >= 0 && prelude.startsWith("@")) {
				at += text.substring(at, brace).indexOf(';') + 1;
				continue;
			}
			if (prelude.startsWith("@")) {
				at = skipBlock(text, brace);
				continue;
			}
			int end = text.indexOf("}", brace);
			if (end < 0) {
				return;
			}
			Display display = display(text.substring(brace + 1, end));
			// a theme hides by its sheet what its options leave out of this page (profiles, notes) but
			// the resume still holds; an element's own style or hidden attribute hides it for good
			if (display != null && display != Display.NONE) {
				for (String selector : prelude.split(",")) {
					Selector parsed = selector(selector.strip());
					if (parsed != null) {
						sheet.add(parsed, display);
					}
				}
			}
			at = end + 1;
		}
	}

	/** Where the block opened at {@code brace} ends, nested blocks included. */
	private static int skipBlock(CharSequence text, int brace) {
		int depth = 0;
		for (int i = brace; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return i + 1;
			}
		}
		return text.length();
	}

	/**
	 * The display a declaration block sets, the last one winning as in a browser: a box within
	 * the line with a background or a border drawn around it is a {@link Display#TAG}.
	 */
	static Display display(String declarations) {
		Display display = null;
		boolean box = false;
		boolean painted = false;
		for (String declaration : declarations.split(";")) {
			int colon = declaration.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT);
			if (property.equals("display")) {
				display = value(value);
				box = value.equals("inline-block") || value.equals("inline-flex") || value.equals("inline flex")
						|| value.equals("inline flow-root");
			}
			else if (property.equals("background") || property.equals("background-color")) {
				painted |= !value.isEmpty() && !value.equals("none") && !value.equals("transparent") && !value.equals("inherit");
			}
			else if (property.equals("border")) {
				painted |= !value.isEmpty() && !value.equals("none") && !value.equals("0") && !value.equals("0px");
			}
		}
		return display == Display.INLINE && box && painted ? Display.TAG : display;
	}

	/** What a {@code display} value makes of an element; {@code null} for one that decides nothing here. */
	static Display value(String value) {
		String word = value.replace("!important", "").strip().toLowerCase(Locale.ROOT);
		int space = word.indexOf(' ');
		// "display: inline flex" is the two-keyword form of inline-flex
		String outer = space < 0 ? word : word.substring(0, space);
		if (outer.equals("none")) {
			return Display.NONE;
		}
		if (outer.equals("flex") || outer.equals("grid")) {
			return Display.FLEX;
		}
		return BLOCKS.contains(outer) ? Display.BLOCK : INLINES.contains(outer) ? Display.INLINE : null;
	}

	/** A selector this sheet applies, or {@code null}. */
	private static Selector selector(String selector) {
		List<Compound> compounds = new ArrayList<>();
		List<Boolean> child = new ArrayList<>();
		int specificity = 0;
		boolean nextIsChild = false;
		for (String token : selector.replace(">", " > ").split("\\s+")) {
			if (token.isEmpty()) {
				continue;
			}
			if (token.equals(">")) {
				nextIsChild = true;
				continue;
			}
			Compound compound = compound(token);
			if (compound == null || compounds.size() == MAX_COMPOUNDS) {
				return null;
			}
			if (!compounds.isEmpty()) {
				child.add(nextIsChild);
			}
			nextIsChild = false;
			compounds.add(compound);
			specificity += (compound.id() != null ? 100 : 0) + 10 * compound.classes().size()
					+ (compound.tag() != null ? 1 : 0);
		}
		if (compounds.isEmpty()) {
			return null;
		}
		boolean[] children = new boolean[child.size()];
		for (int i = 0; i < children.length; i++) {
			children[i] = child.get(i);
		}
		return new Selector(compounds, children, specificity);
	}

	/** A compound selector such as {@code span.label}, or {@code null} for one this sheet does not apply. */
	private static Compound compound(String token) {
		String tag = null;
		String id = null;
		List<String> classes = new ArrayList<>();
		int i = 0;
		int end = name(token, 0);
		if (end > 0) {
			tag = token.substring(0, end).toLowerCase(Locale.ROOT);
			i = end;
		}
		else if (token.startsWith("*")) {
			i = 1;
		}
		while (i < token.length()) {
			char c = token.charAt(i);
			int nameEnd = name(token, i + 1);
			if ((c != '.' && c != '#') || nameEnd == i + 1) {
				// a pseudo-class, pseudo-element, attribute or sibling combinator
				return null;
			}
			String name = token.substring(i + 1, nameEnd);
			if (c == '.') {
				classes.add(name);
			}
			else {
				id = name;
			}
			i = nameEnd;
		}
		return new Compound(tag, List.copyOf(classes), id);
	}

	private static int name(String token, int from) {
		int i = from;
		while (i < token.length()) {
			char c = token.charAt(i);
			if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
				break;
			}
			i++;
		}
		return i;
	}

}

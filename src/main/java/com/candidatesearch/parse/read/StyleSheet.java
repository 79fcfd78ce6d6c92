package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code display} rules of an HTML page's own style sheets, which decide what a browser
 * shows on a line of its own: resume themes set {@code span} or {@code .label} as blocks
 * ("Rickie Harris" over "Senior Backend Engineer", not glued into one line).
 *
 * <p>
 * Only what decides lines is read: type, class and id selectors joined by descendant or child
 * combinators. A selector with a pseudo-class, an attribute or a sibling combinator holds only
 * for some elements, and a rule inside an at-rule ({@code @media}) only on some screens, so
 * both are left out rather than applied to every element.
 */
final class StyleSheet {

	/** What an element's {@code display} makes of it. */
	enum Display {

		/** A box of its own: a line break before and after. */
		BLOCK,

		/** A box of its own whose children are boxes too, side by side or not: a flex or grid container. */
		FLEX,

		/** Laid out within a line. */
		INLINE,

		/**
		 * Laid out within a line in a box drawn around it (a background, a border): a tag, set
		 * beside other tags ("React" "Design systems"), each one item however close they sit.
		 */
		TAG,

		/** Not shown at all, nor anything inside it. */
		NONE

	}

	/**
	 * An open element as selectors see it.
	 *
	 * @param tag its name in lower case
	 * @param classes its classes
	 * @param id its id, or {@code null}
	 */
	record Element(String tag, Set<String> classes, String id) {

		static Element of(String tag, String classes, String id) {
			return new Element(tag, classes == null || classes.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(classes.strip().split("\\s+"))),
					id);
		}

	}

	static final StyleSheet EMPTY = new StyleSheet();

	/** Far more than any theme has; past this a page is hostile. */
	private static final int MAX_RULES = 5000;

	/** How far up the open elements a descendant combinator looks. */
	private static final int MAX_ANCESTORS = 64;

	/**
	 * How many elements a page's rules may be tried against, all elements together: a real page
	 * takes a small part of it; a hostile one of deep nesting and thousands of rules is read
	 * without its styles from there on.
	 */
	private static final long BUDGET = 20_000_000;

	record Compound(String tag, List<String> classes, String id) {

		boolean matches(Element element) {
			return (this.tag == null || this.tag.equals(element.tag()))
					&& (this.id == null || this.id.equals(element.id())) && element.classes().containsAll(this.classes);
		}

	}

	/**
	 * A selector's compounds left to right; {@code child[i]} tells whether compound i+1 must be a
	 * child of compound i (else a descendant).
	 */
	record Selector(List<Compound> compounds, boolean[] child, int specificity) {
	}

	private record Rule(List<Compound> compounds, boolean[] child, int specificity, int order, Display display) {

		/** Whether the rule matches the innermost open element, counting the elements tried in {@code tried}. */
		boolean matches(Deque<Element> open, long[] tried) {
			Iterator<Element> up = open.iterator();
			tried[0]++;
			if (!this.compounds.get(this.compounds.size() - 1).matches(up.next())) {
				return false;
			}
			int looked = 0;
			for (int i = this.compounds.size() - 2; i >= 0; i--) {
				Compound compound = this.compounds.get(i);
				boolean found = false;
				while (up.hasNext() && looked++ < MAX_ANCESTORS) {
					tried[0]++;
					if (compound.matches(up.next())) {
						found = true;
						break;
					}
					if (this.child[i]) {
						return false;
					}
				}
				if (!found) {
					return false;
				}
			}
			return true;
		}

		boolean beats(Rule other) {
			return other == null || this.specificity > other.specificity
					|| (this.specificity == other.specificity && this.order > other.order);
		}

	}

	/** Rules by the class, id or tag their last compound requires, so an element is tried against its own. */
	private final Map<String, List<Rule>> byKey = new HashMap<>();

	private int rules;

	/** How many elements the rules were tried against so far. */
	private final long[] tried = new long[1];

	private StyleSheet() {
	}

	/** The rules of every {@code <style>} element of a page. */
	static StyleSheet of(String html) {
		StyleSheet sheet = new StyleSheet();
		String lower = html.toLowerCase(Locale.ROOT);
		int at = lower.indexOf("<style");
		while (at >= 0) {
			int open = lower.indexOf('>', at);
			int close = open < 0 ? -1 : lower.indexOf("</style", open);
			if (close < 0) {
				break;
			}
			CssRules.read(html.substring(open + 1, close), sheet);
			at = lower.indexOf("<style", close);
		}
		return sheet;
	}

	/** The display the rules give the innermost open element (the first), or {@code null} when none does. */
	Display display(Deque<Element> open) {
		if (this.rules == 0 || open.isEmpty() || this.tried[0] > BUDGET) {
			return null;
		}
		Element element = open.peek();
		Rule winner = null;
		winner = best(this.byKey.get("*"), open, winner);
		winner = best(this.byKey.get(element.tag()), open, winner);
		if (element.id() != null) {
			winner = best(this.byKey.get("#" + element.id()), open, winner);
		}
		for (String name : element.classes()) {
			winner = best(this.byKey.get("." + name), open, winner);
		}
		return winner == null ? null : winner.display();
	}

	private Rule best(List<Rule> candidates, Deque<Element> open, Rule winner) {
		if (candidates == null) {
			return winner;
		}
		for (Rule rule : candidates) {
			if (rule.beats(winner) && rule.matches(open, this.tried)) {
				winner = rule;
			}
		}
		return winner;
	}

	/**
	 * What an element's own {@code style} attribute makes of it: {@code display} as in a sheet,
	 * and {@code visibility: hidden} hides it as well.
	 */
	static Display inline(String style) {
		if (style == null || style.indexOf(':') < 0) {
			return null;
		}
		Display display = CssRules.display(style);
		for (String declaration : style.split(";")) {
			int colon = declaration.indexOf(':');
			if (colon > 0 && declaration.substring(0, colon).strip().equalsIgnoreCase("visibility")
					&& declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT).startsWith("hidden")) {
				return Display.NONE;
			}
		}
		return display;
	}

	/** Whether the sheet holds as many rules as it takes. */
	boolean full() {
		return this.rules >= MAX_RULES;
	}

	/** Adds a rule: elements the selector matches are shown as the display says. */
	void add(Selector selector, Display display) {
		List<Compound> compounds = selector.compounds();
		Compound key = compounds.get(compounds.size() - 1);
		String index = key.id() != null ? "#" + key.id()
				: !key.classes().isEmpty() ? "." + key.classes().get(0) : key.tag() != null ? key.tag() : "*";
		this.byKey.computeIfAbsent(index, k -> new ArrayList<>())
			.add(new Rule(compounds, selector.child(), selector.specificity(), this.rules++, display));
	}

}

package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.candidatesearch.search.QueryNode.All;
import com.candidatesearch.search.QueryNode.Any;
import com.candidatesearch.search.QueryNode.Not;
import com.candidatesearch.search.QueryNode.Phrase;
import com.candidatesearch.search.QueryNode.Word;
import com.candidatesearch.search.QueryTokens.Kind;
import com.candidatesearch.search.QueryTokens.Token;

/**
 * Reads the query language of the search page into a {@link QueryNode}. It never rejects a
 * query: what it cannot read (an unclosed quote or parenthesis, a dangling {@code skill:}, an
 * unknown field, too many words) it repairs or drops, and says so in a notice, so the sane part
 * of the query still runs.
 */
final class QueryParser {

	static final int MAX_LENGTH = 1000;

	static final int MAX_WORDS = 48;

	private final List<Token> tokens;

	private final Set<String> notices = new LinkedHashSet<>();

	private int at;

	private int words;

	private Scope scope = Scope.ANYWHERE;

	private QueryParser(List<Token> tokens) {
		this.tokens = tokens;
	}

	/**
	 * The query understood.
	 *
	 * @param node what to search for, or {@code null} for everyone
	 * @param notices what was repaired or dropped, in plain sentences
	 */
	record Parsed(QueryNode node, List<String> notices) {

		Parsed {
			notices = List.copyOf(notices);
		}

	}

	static Parsed parse(String typed) {
		String text = typed == null ? "" : typed.replaceAll("[\\p{Cntrl}\\uE000\\uE001]", " ").strip();
		List<String> early = new ArrayList<>();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
			early.add("Only the first " + MAX_LENGTH + " characters of the query were used.");
		}
		QueryParser parser = new QueryParser(QueryTokens.of(text));
		parser.notices.addAll(early);
		QueryNode node = parser.parseTop();
		return new Parsed(node, List.copyOf(parser.notices));
	}

	private QueryNode parseTop() {
		List<QueryNode> parts = new ArrayList<>();
		while (this.at < this.tokens.size()) {
			if (peek(Kind.CLOSE)) {
				this.at++;
				this.notices.add("An unmatched \")\" was ignored.");
				continue;
			}
			add(parts, parseAny());
		}
		return combine(parts, true);
	}

	private QueryNode parseAny() {
		List<QueryNode> options = new ArrayList<>();
		add(options, parseAll());
		while (peek(Kind.OR)) {
			this.at++;
			add(options, parseAll());
		}
		return combine(options, false);
	}

	private QueryNode parseAll() {
		List<QueryNode> parts = new ArrayList<>();
		while (this.at < this.tokens.size() && !peek(Kind.CLOSE) && !peek(Kind.OR)) {
			if (peek(Kind.AND)) {
				this.at++;
				continue;
			}
			add(parts, parseUnary());
		}
		return combine(parts, true);
	}

	private QueryNode parseUnary() {
		if (peek(Kind.NOT)) {
			this.at++;
			if (this.at >= this.tokens.size() || peek(Kind.CLOSE) || peek(Kind.OR)) {
				this.notices.add("NOT or \"-\" needs something after it; it was ignored.");
				return null;
			}
			QueryNode negated = parseUnary();
			return negated == null ? null : new Not(negated);
		}
		return parsePrimary();
	}

	private QueryNode parsePrimary() {
		Token token = this.tokens.get(this.at++);
		return switch (token.kind()) {
			case OPEN -> parseGroup();
			case PHRASE -> phrase(token);
			case FIELD -> parseScoped(token);
			case WORD -> word(this.scope, token.text());
			default -> null;
		};
	}

	private QueryNode parseGroup() {
		QueryNode inside = parseAny();
		if (peek(Kind.CLOSE)) {
			this.at++;
		}
		else {
			this.notices.add("A \"(\" was not closed; it was closed at the end of the query.");
		}
		return inside;
	}

	private QueryNode parseScoped(Token field) {
		Optional<Scope> named = Scope.named(field.text());
		boolean hasValue = this.at < this.tokens.size()
				&& (peek(Kind.WORD) || peek(Kind.PHRASE) || peek(Kind.OPEN));
		if (named.isEmpty()) {
			this.notices.add("There is no field \"" + field.text() + ":\"; it was searched as words. Fields: "
					+ Scope.known());
			return hasValue && peek(Kind.WORD) ? word(this.scope, field.text() + ":" + this.tokens.get(this.at++).text())
					: word(this.scope, field.text());
		}
		Scope target = named.get();
		if (!hasValue) {
			this.notices.add("\"" + field.text() + ":\" needs a word after it; it was ignored.");
			return null;
		}
		if (target.isNumeric()) {
			Token value = this.tokens.get(this.at++);
			return NumericRange.parse(target, value.text()).orElseGet(() -> {
				this.notices.add(NumericRange.help(target, value.text()));
				return null;
			});
		}
		Scope outer = this.scope;
		this.scope = target;
		try {
			return parsePrimary();
		}
		finally {
			this.scope = outer;
		}
	}

	private QueryNode phrase(Token token) {
		if (!token.closed()) {
			this.notices.add("A quote was not closed; it was closed at the end of the query.");
		}
		String text = token.text().strip();
		if (text.isEmpty() || !countWord()) {
			return null;
		}
		return new Phrase(this.scope, text);
	}

	private QueryNode word(Scope where, String text) {
		boolean prefix = text.endsWith("*");
		String stem = text.replaceAll("\\*+$", "");
		if (stem.replaceAll("[^\\p{L}\\p{N}+#]", "").isEmpty() || !countWord()) {
			return null;
		}
		return new Word(where, stem, prefix);
	}

	private boolean countWord() {
		if (++this.words > MAX_WORDS) {
			this.notices.add("Only the first " + MAX_WORDS + " words of the query were used.");
			return false;
		}
		return true;
	}

	private boolean peek(Kind kind) {
		return this.at < this.tokens.size() && this.tokens.get(this.at).kind() == kind;
	}

	private static void add(List<QueryNode> parts, QueryNode node) {
		if (node != null) {
			parts.add(node);
		}
	}

	private static QueryNode combine(List<QueryNode> parts, boolean all) {
		if (parts.isEmpty()) {
			return null;
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return all ? new All(parts) : new Any(parts);
	}

}

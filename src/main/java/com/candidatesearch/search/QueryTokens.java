package com.candidatesearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a typed query into tokens: words, quoted phrases, parentheses, the operators
 * {@code AND}, {@code OR}, {@code NOT} and a leading {@code -}, and field prefixes such as
 * {@code skill:}. Never fails: an unclosed quote runs to the end and says so.
 */
final class QueryTokens {

	enum Kind {

		WORD, PHRASE, OPEN, CLOSE, AND, OR, NOT, FIELD

	}

	/**
	 * One token.
	 *
	 * @param kind what it is
	 * @param text its text: the word, the phrase without quotes, or the field prefix without colon
	 * @param closed for a phrase, whether its closing quote was typed
	 */
	record Token(Kind kind, String text, boolean closed) {

		static Token of(Kind kind, String text) {
			return new Token(kind, text, true);
		}

	}

	private QueryTokens() {
	}

	static List<Token> of(String query) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = query.length();
		while (i < n) {
			char c = query.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '(') {
				tokens.add(Token.of(Kind.OPEN, "("));
				i++;
			}
			else if (c == ')') {
				tokens.add(Token.of(Kind.CLOSE, ")"));
				i++;
			}
			else if (c == '"') {
				int end = query.indexOf('"', i + 1);
				boolean closed = end >= 0;
				String text = query.substring(i + 1, closed ? end : n);
				tokens.add(new Token(Kind.PHRASE, text, closed));
				i = closed ? end + 1 : n;
			}
			else if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1)) && startsToken(query, i)) {
				tokens.add(Token.of(Kind.NOT, "-"));
				i++;
			}
			else {
				int end = i;
				while (end < n && !Character.isWhitespace(query.charAt(end)) && "()\"".indexOf(query.charAt(end)) < 0) {
					end++;
				}
				addWord(tokens, query.substring(i, end));
				i = end;
			}
		}
		return tokens;
	}

	private static boolean startsToken(String query, int at) {
		return at == 0 || Character.isWhitespace(query.charAt(at - 1)) || query.charAt(at - 1) == '(';
	}

	private static void addWord(List<Token> tokens, String word) {
		switch (word) {
			case "AND", "&&" -> tokens.add(Token.of(Kind.AND, word));
			case "OR", "||", "|" -> tokens.add(Token.of(Kind.OR, word));
			case "NOT" -> tokens.add(Token.of(Kind.NOT, word));
			default -> {
				int colon = word.indexOf(':');
				if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
					tokens.add(Token.of(Kind.FIELD, word.substring(0, colon)));
					if (colon + 1 < word.length()) {
						tokens.add(Token.of(Kind.WORD, word.substring(colon + 1)));
					}
				}
				else {
					tokens.add(Token.of(Kind.WORD, word));
				}
			}
		}
	}

}

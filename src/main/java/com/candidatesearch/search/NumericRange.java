package com.candidatesearch.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.search.QueryNode.Range;

/**
 * Reads the value of a numeric scope: {@code >=5}, {@code >5}, {@code <=3}, {@code <3},
 * {@code 5+}, {@code 2020..2024}, {@code 2020..}, {@code ..2024}, or a bare number (at least
 * that many years of experience; exactly that publication year).
 */
final class NumericRange {

	private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<|=)?(\\d{1,4})(\\+)?");

	private static final Pattern BETWEEN = Pattern.compile("(\\d{1,4})?\\.\\.(\\d{1,4})?");

	private NumericRange() {
	}

	static Optional<Range> parse(Scope scope, String value) {
		Matcher between = BETWEEN.matcher(value);
		if (between.matches() && (between.group(1) != null || between.group(2) != null)) {
			return Optional.of(new Range(scope, number(between.group(1)), number(between.group(2))));
		}
		Matcher comparison = COMPARISON.matcher(value);
		if (!comparison.matches()) {
			return Optional.empty();
		}
		int n = Integer.parseInt(comparison.group(2));
		String op = comparison.group(3) != null ? ">=" : comparison.group(1);
		if (op == null) {
			op = scope == Scope.EXPERIENCE ? ">=" : "=";
		}
		return Optional.of(switch (op) {
			case ">=" -> new Range(scope, n, null);
			case ">" -> new Range(scope, n + 1, null);
			case "<=" -> new Range(scope, null, n);
			case "<" -> new Range(scope, null, n - 1);
			default -> new Range(scope, n, n);
		});
	}

	static String help(Scope scope, String value) {
		String example = scope == Scope.EXPERIENCE ? "experience:>=5" : "year:2020..2024";
		return "\"" + scope.display() + ":" + value + "\" is not a number or range, such as " + example
				+ "; it was ignored.";
	}

	private static Integer number(String digits) {
		return digits == null ? null : Integer.valueOf(digits);
	}

}

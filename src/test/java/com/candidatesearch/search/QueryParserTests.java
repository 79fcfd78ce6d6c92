package com.candidatesearch.search;

import java.util.List;

import com.candidatesearch.search.QueryNode.All;
import com.candidatesearch.search.QueryNode.Any;
import com.candidatesearch.search.QueryNode.Not;
import com.candidatesearch.search.QueryNode.Phrase;
import com.candidatesearch.search.QueryNode.Range;
import com.candidatesearch.search.QueryNode.Word;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParserTests {

	@Test
	void wordsAreAllRequiredAndTechTokensStayWhole() {
		assertThat(parse("C++ .NET Node.js")).isEqualTo(new All(List.of(word("C++"), word(".NET"), word("Node.js"))));
	}

	@Test
	void readsPhrasesBooleansAndParentheses() {
		assertThat(parse("\"machine learning\" AND (rust OR go) NOT java -php")).isEqualTo(new All(List.of(
				new Phrase(Scope.ANYWHERE, "machine learning"), new Any(List.of(word("rust"), word("go"))),
				new Not(word("java")), new Not(word("php")))));
	}

	@Test
	void orBindsLooserThanImplicitAnd() {
		assertThat(parse("a b OR c")).isEqualTo(new Any(List.of(new All(List.of(word("a"), word("b"))), word("c"))));
	}

	@Test
	void readsFieldScopesAndTheCompanyAlias() {
		assertThat(parse("skill:python company:\"Google Brain\" title:(engineer OR scientist)")).isEqualTo(new All(List.of(
				new Word(Scope.SKILL, "python", false), new Phrase(Scope.EMPLOYER, "Google Brain"),
				new Any(List.of(new Word(Scope.TITLE, "engineer", false), new Word(Scope.TITLE, "scientist", false))))));
	}

	@Test
	void readsPrefixes() {
		assertThat(parse("pyto*")).isEqualTo(new Word(Scope.ANYWHERE, "pyto", true));
	}

	@Test
	void readsExperienceAndYearRanges() {
		assertThat(parse("experience:>=5")).isEqualTo(new Range(Scope.EXPERIENCE, 5, null));
		assertThat(parse("experience:3")).isEqualTo(new Range(Scope.EXPERIENCE, 3, null));
		assertThat(parse("experience:<2")).isEqualTo(new Range(Scope.EXPERIENCE, null, 1));
		assertThat(parse("year:2020..2024")).isEqualTo(new Range(Scope.YEAR, 2020, 2024));
		assertThat(parse("year:2021")).isEqualTo(new Range(Scope.YEAR, 2021, 2021));
		assertThat(parse("year:..2019")).isEqualTo(new Range(Scope.YEAR, null, 2019));
	}

	@Test
	void closesAnUnclosedQuoteAndSaysSo() {
		QueryParser.Parsed parsed = QueryParser.parse("\"deep learning");

		assertThat(parsed.node()).isEqualTo(new Phrase(Scope.ANYWHERE, "deep learning"));
		assertThat(parsed.notices()).containsExactly("A quote was not closed; it was closed at the end of the query.");
	}

	@Test
	void repairsUnbalancedParentheses() {
		QueryParser.Parsed open = QueryParser.parse("(rust OR go");
		QueryParser.Parsed close = QueryParser.parse("rust) go");

		assertThat(open.node()).isEqualTo(new Any(List.of(word("rust"), word("go"))));
		assertThat(open.notices()).containsExactly("A \"(\" was not closed; it was closed at the end of the query.");
		assertThat(close.node()).isEqualTo(new All(List.of(word("rust"), word("go"))));
		assertThat(close.notices()).containsExactly("An unmatched \")\" was ignored.");
	}

	@Test
	void ignoresADanglingFieldAndSaysSo() {
		QueryParser.Parsed parsed = QueryParser.parse("python skill:");

		assertThat(parsed.node()).isEqualTo(word("python"));
		assertThat(parsed.notices()).containsExactly("\"skill:\" needs a word after it; it was ignored.");
	}

	@Test
	void searchesAnUnknownFieldAsWords() {
		QueryParser.Parsed parsed = QueryParser.parse("colour:blue");

		assertThat(parsed.node()).isEqualTo(word("colour:blue"));
		assertThat(parsed.notices()).singleElement().asString().startsWith("There is no field \"colour:\"");
	}

	@Test
	void explainsABadRange() {
		QueryParser.Parsed parsed = QueryParser.parse("experience:lots rust");

		assertThat(parsed.node()).isEqualTo(word("rust"));
		assertThat(parsed.notices()).containsExactly(
				"\"experience:lots\" is not a number or range, such as experience:>=5; it was ignored.");
	}

	@Test
	void boundsHugeQueriesAndDropsControlCharacters() {
		QueryParser.Parsed parsed = QueryParser.parse("a\u0000b ".repeat(5000));

		assertThat(parsed.notices()).contains("Only the first 1000 characters of the query were used.",
				"Only the first 48 words of the query were used.");
		assertThat(((All) parsed.node()).parts()).hasSize(QueryParser.MAX_WORDS);
	}

	@Test
	void aQueryOfOnlyOperatorsMeansEveryone() {
		assertThat(QueryParser.parse("AND OR ( ) -").node()).isNull();
		assertThat(QueryParser.parse("").node()).isNull();
	}

	private static QueryNode parse(String query) {
		QueryParser.Parsed parsed = QueryParser.parse(query);
		assertThat(parsed.notices()).isEmpty();
		return parsed.node();
	}

	private static Word word(String text) {
		return new Word(Scope.ANYWHERE, text, false);
	}

}

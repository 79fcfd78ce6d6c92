package com.candidatesearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.candidatesearch.search.QueryNode.All;
import com.candidatesearch.search.QueryNode.Any;
import com.candidatesearch.search.QueryNode.Not;
import com.candidatesearch.search.QueryNode.Phrase;
import com.candidatesearch.search.QueryNode.Range;
import com.candidatesearch.search.QueryNode.Word;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilterFactory;
import org.apache.lucene.analysis.pattern.PatternTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query a search runs, built without Hibernate Search, for the benchmark's floor:
 * how fast the index alone answers. It reads the query language with the same parser and
 * follows {@link PredicateBuilder} clause for clause over the same fields, boosts, synonyms and
 * analysis; the skill-years refinement of {@code skill:x experience:>=n} is left to the plain
 * experience range, which is at least as fast.
 */
public final class PlainLuceneQuery {

	private final Synonyms synonyms;

	private final Analyzer analyzer;

	public PlainLuceneQuery(Path dataDir) {
		this.synonyms = Synonyms.load(dataDir.resolve("synonyms.txt"));
		try {
			this.analyzer = CustomAnalyzer.builder()
				.withTokenizer(PatternTokenizerFactory.class, "pattern", Analyzers.TOKEN_PATTERN, "group", "0")
				.addTokenFilter(TruncateTokenFilterFactory.class, "prefixLength", String.valueOf(Analyzers.MAX_TOKEN_CHARS))
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The query for what a recruiter typed; a blank query matches everyone. */
	public Query build(String typed) {
		QueryNode node = QueryParser.parse(typed).node();
		return node == null ? new MatchAllDocsQuery() : build(node);
	}

	private Query build(QueryNode node) {
		if (node instanceof Word word) {
			return text(word.scope(), word.text(), word.prefix(), false);
		}
		if (node instanceof Phrase phrase) {
			return text(phrase.scope(), phrase.text(), false, true);
		}
		if (node instanceof Range range) {
			String field = range.scope() == Scope.EXPERIENCE ? "experienceYears" : "publications.year";
			return IntPoint.newRangeQuery(field, range.min() == null ? Integer.MIN_VALUE : range.min(),
					range.max() == null ? Integer.MAX_VALUE : range.max());
		}
		if (node instanceof Not not) {
			return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
				.add(build(not.part()), Occur.MUST_NOT)
				.build();
		}
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		if (node instanceof All all) {
			for (QueryNode part : all.parts()) {
				Occur occur = part instanceof Not ? Occur.MUST_NOT : part instanceof Range ? Occur.FILTER : Occur.MUST;
				bool.add(build(part instanceof Not not ? not.part() : part), occur);
			}
		}
		else {
			((Any) node).parts().forEach(part -> bool.add(build(part), Occur.SHOULD));
		}
		return bool.build();
	}

	private Query text(Scope scope, String text, boolean prefix, boolean phrase) {
		Query matched = matching(scope, text, prefix, phrase);
		if (prefix || !(scope == Scope.ANYWHERE || scope == Scope.SKILL || scope == Scope.TITLE)) {
			return matched;
		}
		Query recent = new BoostQuery(field(PredicateBuilder.RECENT_TEXT, text, phrase || text.contains(" ")),
				PredicateBuilder.RECENCY_BOOST);
		return new BooleanQuery.Builder().add(matched, Occur.MUST).add(recent, Occur.SHOULD).build();
	}

	private Query matching(Scope scope, String text, boolean prefix, boolean phrase) {
		List<SearchField> fields = PredicateBuilder.fields(scope);
		Query typed = fieldsMatching(fields, text, prefix, phrase || text.contains(" "));
		List<String> alternatives = prefix ? List.of() : this.synonyms.alternativesOf(text);
		if (alternatives.isEmpty()) {
			return typed;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder().add(typed, Occur.SHOULD);
		for (String alternative : alternatives) {
			List<SearchField> where = PredicateBuilder.isAcronym(alternative) && !PredicateBuilder.isAcronym(text)
					? PredicateBuilder.acronymFields(fields) : fields;
			if (!where.isEmpty()) {
				any.add(fieldsMatching(where, alternative, false, alternative.contains(" ")), Occur.SHOULD);
			}
		}
		return any.build();
	}

	private Query fieldsMatching(List<SearchField> fields, String text, boolean prefix, boolean phrase) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (SearchField field : fields) {
			Query query = prefix ? new PrefixQuery(new Term(field.path(), text.toLowerCase(Locale.ROOT)))
					: field(field.path(), text, phrase);
			any.add(new BoostQuery(query, field.boost()), Occur.SHOULD);
		}
		return any.build();
	}

	/** Every analyzed term of {@code text} in {@code field}, or the terms as a phrase. */
	private Query field(String field, String text, boolean phrase) {
		List<String> terms = analyze(field, text);
		if (terms.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		if (terms.size() == 1) {
			return new TermQuery(new Term(field, terms.get(0)));
		}
		if (phrase) {
			return new PhraseQuery(field, terms.toArray(String[]::new));
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		terms.forEach(term -> all.add(new TermQuery(new Term(field, term)), Occur.MUST));
		return all.build();
	}

	private List<String> analyze(String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream tokens = this.analyzer.tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}

package com.candidatesearch.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilterFactory;
import org.apache.lucene.analysis.pattern.PatternTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Defines {@link Analyzers} for the Lucene backend. */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(Analyzers.TECH)
			.custom()
			.tokenizer(PatternTokenizerFactory.class)
			.param("pattern", Analyzers.TOKEN_PATTERN)
			.param("group", "0")
			.tokenFilter(TruncateTokenFilterFactory.class)
			.param("prefixLength", String.valueOf(Analyzers.MAX_TOKEN_CHARS))
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(Analyzers.TEXT)
			.custom()
			.tokenizer(PatternTokenizerFactory.class)
			.param("pattern", Analyzers.TOKEN_PATTERN)
			.param("group", "0")
			.tokenFilter(TruncateTokenFilterFactory.class)
			.param("prefixLength", String.valueOf(Analyzers.MAX_TOKEN_CHARS))
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(KeywordMarkerFilterFactory.class)
			.param("pattern", Analyzers.UNSTEMMED_PATTERN)
			.tokenFilter(PorterStemFilterFactory.class);
		context.normalizer(Analyzers.NORMALIZED)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}

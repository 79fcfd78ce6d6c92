package com.candidatesearch.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.pattern.PatternTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers as they were before tokens were capped: an index that refuses a document with one
 * immense term, so tests can see what the application does when the index refuses a candidate.
 */
public class UncappedLuceneAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		for (String name : new String[] { Analyzers.TECH, Analyzers.TEXT }) {
			context.analyzer(name)
				.custom()
				.tokenizer(PatternTokenizerFactory.class)
				.param("pattern", Analyzers.TOKEN_PATTERN)
				.param("group", "0")
				.tokenFilter(LowerCaseFilterFactory.class);
		}
		context.normalizer(Analyzers.NORMALIZED).custom().tokenFilter(LowerCaseFilterFactory.class);
	}

}

package com.candidatesearch.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** Defines {@link Analyzers} for the Elasticsearch/OpenSearch backend, as {@link LuceneAnalysis} does for Lucene. */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenizer("tech_tokenizer")
			.type("pattern")
			.param("pattern", Analyzers.TOKEN_PATTERN)
			.param("group", 0);
		context.tokenFilter("max_token").type("truncate").param("length", Analyzers.MAX_TOKEN_CHARS);
		context.analyzer(Analyzers.TECH).custom().tokenizer("tech_tokenizer").tokenFilters("max_token", "lowercase", "asciifolding");
		context.tokenFilter("unstemmed").type("keyword_marker").param("keywords_pattern", Analyzers.UNSTEMMED_PATTERN);
		context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
		context.analyzer(Analyzers.TEXT)
			.custom()
			.tokenizer("tech_tokenizer")
			.tokenFilters("max_token", "lowercase", "asciifolding", "english_possessive", "unstemmed", "porter_stem");
		context.normalizer(Analyzers.NORMALIZED).custom().tokenFilters("lowercase", "asciifolding");
	}

}

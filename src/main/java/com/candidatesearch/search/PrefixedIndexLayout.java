package com.candidatesearch.search;

import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names the Elasticsearch/OpenSearch indexes as Hibernate Search's default layout does
 * ({@code candidate-000001} behind the aliases {@code candidate-read} and {@code candidate-write}),
 * each behind the prefix {@code candidate-search.search.index-prefix}, so several installations
 * (or test runs) can share one cluster. A Spring bean, so that Hibernate Search, given
 * {@code class:} this type, takes it from the application context with its setting.
 */
@Component
public class PrefixedIndexLayout implements IndexLayoutStrategy {

	static final String PROPERTY = "candidate-search.search.index-prefix";

	private static final Pattern VALID_PREFIX = Pattern.compile("([a-z0-9][a-z0-9_-]{0,99})?");

	private static final Pattern UNIQUE_KEY = Pattern.compile("(.*)-\\d+");

	private final String prefix;

	PrefixedIndexLayout(@Value("${" + PROPERTY + ":}") String prefix) {
		if (!VALID_PREFIX.matcher(prefix).matches()) {
			throw new IllegalStateException(PROPERTY + " is \"" + prefix + "\", which cannot begin an index name: use "
					+ "lower-case letters, digits, '-' and '_', starting with a letter or digit, or leave it empty.");
		}
		this.prefix = prefix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		var matcher = UNIQUE_KEY.matcher(elasticsearchIndexName);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Unrecognized index name " + elasticsearchIndexName);
		}
		return matcher.group(1);
	}

}

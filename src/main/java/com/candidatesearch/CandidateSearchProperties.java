package com.candidatesearch;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code candidate-search.*}.
 *
 * @param dataDir the folder holding the H2 database, the Lucene index and the uploaded originals
 */
@ConfigurationProperties("candidate-search")
public record CandidateSearchProperties(Path dataDir) {

	public CandidateSearchProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
	}

}

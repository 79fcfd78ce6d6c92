package com.candidatesearch;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code candidate-search.*}.
 *
 * @param dataDir the folder holding the H2 database, the Lucene index and the uploaded originals
 * @param upload limits on what one upload may carry
 * @param admin the first administrator's account
 * @param search how searches are answered
 */
@ConfigurationProperties("candidate-search")
public record CandidateSearchProperties(Path dataDir, Upload upload, Admin admin, Search search) {

	public CandidateSearchProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		upload = upload == null ? new Upload(null) : upload;
		admin = admin == null ? new Admin(null) : admin;
		search = search == null ? new Search(null) : search;
	}

	/**
	 * How searches are answered.
	 *
	 * @param facetSample the top facet values are picked among at most this many matches, drawn
	 * at random, then counted among all matches (default 10,000)
	 */
	public record Search(Integer facetSample) {

		public Search {
			facetSample = facetSample == null || facetSample < 1 ? 10_000 : facetSample;
		}

	}

	/**
	 * Limits on one upload request; file and request sizes are Spring's
	 * {@code spring.servlet.multipart.max-file-size} and {@code max-request-size}.
	 *
	 * @param maxFiles how many files one request may carry (default 100)
	 */
	public record Upload(Integer maxFiles) {

		public Upload {
			maxFiles = maxFiles == null || maxFiles < 1 ? 100 : maxFiles;
		}

	}

	/**
	 * The administrator {@code admin}.
	 *
	 * @param password its password, set at every start while given (environment
	 * {@code CANDIDATE_SEARCH_ADMIN_PASSWORD}); unset, the first start generates one and logs it once
	 */
	public record Admin(String password) {

		public Admin {
			password = password == null || password.isEmpty() ? null : password;
		}

		@Override
		public String toString() {
			return "Admin[password=" + (this.password == null ? "unset" : "set") + "]";
		}

	}

}

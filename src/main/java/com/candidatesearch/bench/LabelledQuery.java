package com.candidatesearch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recruiter's query with the candidates a recruiter judged relevant to it, by profile file
 * name: 3 exactly what was asked for, 2 good, 1 partial; anyone unnamed is not relevant.
 *
 * @param query the query as a recruiter types it
 * @param note why a judgement may surprise, or {@code null}
 * @param relevant the grade of each relevant profile, by file name without {@code .json}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledQuery(String query, String note, Map<String, Integer> relevant) {

	/** The labels judge experience as of this month; counting from a later one would change them. */
	public static final String LABELLED_AS_OF = "2026-11";


	/** The labelled profiles the queries name, as a classpath pattern. */
	public static final String PROFILES = "classpath:bench/relevance/profiles/*.json";

	static final String QUERIES = "/bench/relevance/queries.json";

	public LabelledQuery {
		if (relevant == null || relevant.values().stream().noneMatch(grade -> grade > 0)) {
			throw new IllegalArgumentException("\"" + query + "\" names no relevant profile");
		}
		relevant = Map.copyOf(relevant);
	}

	/** The labelled queries kept with the relevance corpus. */
	public static List<LabelledQuery> load() {
		try (InputStream in = LabelledQuery.class.getResourceAsStream(QUERIES)) {
			if (in == null) {
				throw new IllegalStateException(QUERIES + " is missing from the classpath");
			}
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<LabelledQuery>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

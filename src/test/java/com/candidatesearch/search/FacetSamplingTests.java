package com.candidatesearch.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.candidatesearch.TestDataDirs;
import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.ParsedResume.Work;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facet values of a search with more matches than the sample: picked from a sample, marked as
 * such, and counted exactly among all matches, as are the total and the buckets of experience. Sampling is the
 * embedded Lucene backend's; an Elasticsearch cluster counts every match, so this is not one
 * of the integration tests the scale run repeats there.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetSamplingTests {

	static final Path dataDir = TestDataDirs.create("facet-sampling");

	static final int SAMPLE = 10;

	@Autowired
	private CandidateSearch search;

	@Autowired
	private CandidateService candidates;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
		registry.add("candidate-search.search.facet-sample", () -> SAMPLE);
	}

	@BeforeAll
	void indexCandidates() {
		// 60 engineers who all know Java; every third knows Kotlin; six know Scala; 27 write
		// PyTorch and 13 more write it pytorch.
		for (int i = 0; i < 60; i++) {
			List<String> skills = new java.util.ArrayList<>(i < 6 ? List.of("Java", "Kotlin", "Scala")
					: i % 3 == 0 ? List.of("Java", "Kotlin") : List.of("Java"));
			if (i >= 6 && i % 2 == 0) {
				skills.add("PyTorch");
			}
			else if (i >= 6 && i % 4 == 1) {
				skills.add("pytorch");
			}
			add("Engineer " + i, skills);
		}
	}

	@Test
	void manyMatchesGiveValuesFromASampleWithExactCounts() {
		SearchPage page = this.search.search(SearchRequest.of("java", 0, 20));
		assertThat(page.total()).isEqualTo(60);
		assertThat(page.facetsEstimated()).isTrue();
		Map<String, Long> skills = counts(page, Facet.SKILL);
		assertThat(skills).containsEntry("Java", 60L);
		// Kotlin is on 24 of the 60: with one match in six sampled, the sample names it, and its
		// count is then taken among all 60, not scaled up from the sample.
		assertThat(skills).containsEntry("Kotlin", 24L);
		// Two spellings are one value on the page, and both are counted among all matches.
		assertThat(skills).containsEntry("PyTorch", 40L).doesNotContainKey("pytorch");
		// Scala (6 of 60) may or may not be in the sample; if it is listed, its count is exact.
		assertThat(skills.getOrDefault("Scala", 6L)).isEqualTo(6L);
		assertThat(counts(page, Facet.EXPERIENCE).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(60);
	}

	@Test
	void anEmployerNamedByTheSampleIsCountedAmongAllMatches() {
		// Each engineer has an employer of their own: any employer listed is held by exactly one match.
		SearchPage page = this.search.search(SearchRequest.of("java", 0, 20));
		assertThat(counts(page, Facet.EMPLOYER)).isNotEmpty().allSatisfy((employer, count) -> assertThat(count).isOne());
	}

	@Test
	void fewMatchesAreCountedExactly() {
		SearchPage page = this.search.search(SearchRequest.of("scala", 0, 20));
		assertThat(page.total()).isEqualTo(6);
		assertThat(page.facetsEstimated()).isFalse();
		assertThat(counts(page, Facet.SKILL)).containsEntry("Java", 6L).containsEntry("Kotlin", 6L)
			.containsEntry("Scala", 6L);
	}

	@Test
	void theSameSearchEstimatesTheSameCounts() {
		SearchRequest request = SearchRequest.of("java", 0, 20);
		assertThat(counts(this.search.search(request), Facet.SKILL))
			.isEqualTo(counts(this.search.search(request), Facet.SKILL));
	}

	private static Map<String, Long> counts(SearchPage page, Facet facet) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		page.facets().getOrDefault(facet, List.of()).forEach(value -> counts.put(value.value(), value.count()));
		return counts;
	}

	private void add(String name, List<String> skills) {
		ParsedResume resume = new ParsedResume(new Basics(name, null, null, null, null, null, null, null),
				List.of(new Work("Acme " + name, "Engineer", null, "2015-01", "2020-01", null, List.of())), null,
				List.of(new SkillGroup("Skills", skills)), null, null, null, null, null, null);
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		String sha = (Integer.toHexString(name.hashCode()) + "0".repeat(64)).substring(0, 64);
		this.candidates.create(new ParseResult(resume, name, "text/plain", List.of()), name + ".txt", sha, bytes);
	}

}

package com.candidatesearch.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.candidatesearch.TestDataDirs;
import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.candidate.SimilarCandidates;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Location;
import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.ParsedResume.Work;
import com.candidatesearch.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Facets, filters, sort orders, years per skill and recency, on candidates made for them. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetsAndRankingIntegrationTests {

	static final Path dataDir = TestDataDirs.create("facets");

	static final String NOW = YearMonth.now().toString();

	@Autowired
	private CandidateSearch search;

	@Autowired
	private CandidateService candidates;

	@Autowired
	private SimilarCandidates similar;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@BeforeAll
	void indexCandidates() {
		// Rust in the current job, Python for five years.
		add("Current Rustacean", "Berlin", "M.Sc.", "TU Berlin", List.of("Rust", "Python"),
				new Work("Ferrous", "Engineer", null, yearsAgo(5), null, null,
						List.of("Ships Rust services", "Python tooling")));
		// Rust only in a job that ended eight years ago; Python listed but used one year.
		add("Former Rustacean", "Berlin", "Ph.D.", "ETH Zurich", List.of("Rust", "python"),
				new Work("Oldco", "Engineer", null, yearsAgo(12), yearsAgo(8), null, List.of("Wrote Rust")),
				new Work("Pyco", "Engineer", null, yearsAgo(9), yearsAgo(8), null, List.of("A year of Python")),
				new Work("Newco", "Manager", null, yearsAgo(8), null, null, List.of("Runs the team")));
		add("New Grad", "Paris", "B.S.", "Sorbonne", List.of("Java"),
				new Work("Startup", "Intern", null, yearsAgo(1), null, null, List.of("Java")));
	}

	@Test
	void facetsCountMatchingCandidatesAndMergeCaseVariants() {
		SearchPage page = this.search.search(SearchRequest.of("", 0, 20));

		assertThat(page.facets().get(Facet.SKILL)).extracting(FacetValue::label, FacetValue::count)
			.contains(tuple("Rust", 2L), tuple("Java", 1L));
		assertThat(page.facets().get(Facet.SKILL)).filteredOn(value -> value.label().equalsIgnoreCase("python"))
			.singleElement()
			.extracting(FacetValue::count)
			.isEqualTo(2L);
		assertThat(page.facets().get(Facet.LOCATION)).extracting(FacetValue::value).containsExactly("Berlin", "Paris");
		assertThat(page.facets().get(Facet.DEGREE)).extracting(FacetValue::label)
			.containsExactlyInAnyOrder("Doctorate", "Master's", "Bachelor's");
	}

	@Test
	void filtersNarrowTheSearchAndCombineWithTheQuery() {
		assertThat(names(new SearchRequest("engineer", Map.of(Facet.LOCATION, List.of("berlin")), null, 0, 20)))
			.containsExactlyInAnyOrder("Current Rustacean", "Former Rustacean");
		assertThat(names(new SearchRequest("", Map.of(Facet.SKILL, List.of("PYTHON"), Facet.DEGREE, List.of("DOCTORATE")),
				null, 0, 20)))
			.containsExactly("Former Rustacean");
		assertThat(names(new SearchRequest("", Map.of(Facet.EXPERIENCE, List.of("0-2")), null, 0, 20)))
			.containsExactly("New Grad");
	}

	@Test
	void sortsByExperienceAndByRecentActivity() {
		assertThat(names(new SearchRequest("", Map.of(), SortOrder.EXPERIENCE, 0, 20)))
			.containsExactly("Former Rustacean", "Current Rustacean", "New Grad");
	}

	@Test
	void experienceWithASkillCountsTheYearsOfTheJobsThatMentionIt() {
		assertThat(names(SearchRequest.of("skill:python experience:>=3", 0, 20))).containsExactly("Current Rustacean");
		assertThat(names(SearchRequest.of("experience:>=3", 0, 20)))
			.containsExactlyInAnyOrder("Current Rustacean", "Former Rustacean");
	}

	@Test
	void aSkillInUseNowOutranksTheSameSkillYearsAgo() {
		assertThat(names(SearchRequest.of("skill:rust", 0, 20))).containsExactly("Current Rustacean", "Former Rustacean");
	}

	@Test
	void similarCandidatesShareSkillsAndTitlesAndNeverIncludeTheCandidate() {
		long current = idOf("Current Rustacean");

		List<SimilarCandidates.Similar> similar = this.similar.similarTo(current, 5);

		assertThat(similar).extracting(SimilarCandidates.Similar::name).startsWith("Former Rustacean")
			.doesNotContain("Current Rustacean");
		assertThat(similar.get(0).reasons()).contains("Rust", "Engineer");
	}

	private long idOf(String name) {
		return this.search.search(SearchRequest.of("name:\"" + name + "\"", 0, 1)).hits().get(0).id();
	}

	private List<String> names(SearchRequest request) {
		return this.search.search(request).hits().stream().map(SearchHit::name).toList();
	}

	private static String yearsAgo(int years) {
		return YearMonth.now().minusYears(years).toString();
	}

	private void add(String name, String city, String degree, String school, List<String> skills, Work... work) {
		ParsedResume resume = new ParsedResume(
				new Basics(name, null, null, null, null, null, new Location(city, null, null, null, null), null),
				List.of(work), List.of(new Education(school, "Computer Science", degree, null, null, null, null, null)),
				List.of(new SkillGroup("Skills", skills)), null, null, null, null, null, null);
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		String sha = (Integer.toHexString(name.hashCode()) + "0".repeat(64)).substring(0, 64);
		this.candidates.create(new ParseResult(resume, name, "text/plain", List.of()), name + ".txt", sha, bytes);
	}

}

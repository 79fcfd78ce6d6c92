package com.candidatesearch.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.TestDataDirs;
import com.candidatesearch.candidate.Candidate;
import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.ParsedResume.Work;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The query language against a small index of candidates made for it. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateSearchIntegrationTests {

	static final Path dataDir = TestDataDirs.create("search");

	@Autowired
	private CandidateSearch search;

	@Autowired
	private CandidateService candidates;

	@Autowired
	private IndexRepair repair;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<String, Long> ids = new HashMap<>();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@BeforeAll
	void indexCandidates() {
		add("Ada", List.of("C++", "Rust"), List.of(new Work("Initech", "Systems Engineer", null, "2012-01", null, null,
				List.of())), List.of());
		add("Ben", List.of("C", "Fortran"), List.of(new Work("Globex", "Firmware Engineer", null, "2022-01", null, null,
				List.of())), List.of());
		add("Cleo", List.of("JavaScript", "React"), List.of(new Work("Google", "Frontend Engineer", null, "2019-05",
				"2021-08", null, List.of())), List.of());
		add("Dev", List.of("Python", "PyTorch"), List.of(new Work("DeepMind", "Research Scientist", null, "2015-01",
				"2018-12", null, List.of()), new Work("Google", "Staff Scientist", null, "2017-01", null, null, List.of())),
				List.of(new Publication("Sparse attention at scale", "NeurIPS", "2022", null, null, List.of("D. Dev")),
						new Publication("Old results", "ICML", "2014", null, null, List.of("D. Dev"))));
		add("Eve", List.of("Kubernetes", "Go"), List.of(), List.of());
	}

	@Test
	void cPlusPlusAndCAreDifferentSkills() {
		assertThat(names("C++")).containsExactly("Ada");
		assertThat(names("skill:C")).containsExactly("Ben");
	}

	@Test
	void fieldScopesSearchOnlyTheirField() {
		assertThat(names("employer:google")).containsExactlyInAnyOrder("Cleo", "Dev");
		assertThat(names("company:google title:scientist")).containsExactly("Dev");
		assertThat(names("title:engineer")).containsExactlyInAnyOrder("Ada", "Ben", "Cleo");
		assertThat(names("title:engineers")).as("titles are stemmed").containsExactlyInAnyOrder("Ada", "Ben", "Cleo");
		assertThat(names("skill:pytorches")).as("skills are not stemmed").isEmpty();
	}

	@Test
	void synonymsWidenTheQueryAndSaySo() {
		SearchPage page = this.search.search("skill:js", 0, 20);

		assertThat(page.hits()).extracting(SearchHit::name).containsExactly("Cleo");
		assertThat(page.expansions()).singleElement().asString().startsWith("skill:js also matched JavaScript");
		assertThat(names("k8s")).containsExactly("Eve");
	}

	@Test
	void booleanOperatorsPrefixesAndPhrases() {
		assertThat(names("rust OR fortran")).containsExactlyInAnyOrder("Ada", "Ben");
		assertThat(names("engineer NOT google")).containsExactlyInAnyOrder("Ada", "Ben");
		assertThat(names("pyto*")).containsExactly("Dev");
		assertThat(names("\"sparse attention\"")).containsExactly("Dev");
	}

	@Test
	void experienceCountsOverlappingJobsOnce() {
		assertThat(names("experience:>=10")).containsExactlyInAnyOrder("Ada", "Dev");
		assertThat(names("skill:c experience:<5")).containsExactly("Ben");
	}

	@Test
	void publicationYearRanges() {
		assertThat(names("year:2020..2024")).containsExactly("Dev");
		assertThat(names("year:2000..2010")).isEmpty();
	}

	@Test
	void malformedQueriesStillSearchTheSanePartAndSaySo() {
		SearchPage dangling = this.search.search("(rust OR fortran skill:", 0, 20);
		SearchPage unclosed = this.search.search("\"sparse attention", 0, 20);

		assertThat(dangling.hits()).extracting(SearchHit::name).containsExactlyInAnyOrder("Ada", "Ben");
		assertThat(dangling.notice()).isEqualTo("\"skill:\" needs a word after it; it was ignored. "
				+ "A \"(\" was not closed; it was closed at the end of the query.");
		assertThat(unclosed.hits()).extracting(SearchHit::name).containsExactly("Dev");
		assertThat(unclosed.notice()).isEqualTo("A quote was not closed; it was closed at the end of the query.");
		assertThat(this.search.search("x".repeat(10_000), 0, 20).notice())
			.contains("Only the first 1000 characters");
		assertThat(this.search.search("\u0000\u0001 rust \u0007", 0, 20).hits()).extracting(SearchHit::name)
			.containsExactly("Ada");
	}

	@Test
	void highlightsShowWhyAHitMatched() {
		SearchHit hit = this.search.search("skill:rust", 0, 20).hits().get(0);

		assertThat(hit.highlights()).extracting(Highlight::label).contains("Skills");
		assertThat(hit.highlights().get(0).segments()).contains(new Highlight.Segment("Rust", true));
	}

	@Test
	void startUpRepairIndexesWhatTheIndexLostAndDropsWhatTheDatabaseLost() {
		add("Zed", List.of("Zig"), List.of(), List.of());
		var workspace = Search.mapping(this.entityManagerFactory).scope(Candidate.class).workspace();
		workspace.purge();
		// On Elasticsearch/OpenSearch a purge shows only after a refresh.
		workspace.refresh();
		this.jdbc.update("delete from candidate where name = 'Zed'");
		assertThat(names("rust")).isEmpty();

		IndexRepair.Result result = this.repair.repair();

		assertThat(result.removed()).isZero();
		assertThat(result.indexed()).isEqualTo(5);
		assertThat(names("rust")).containsExactly("Ada");
		assertThat(names("zig")).isEmpty();
	}

	@Test
	void startUpRepairRemovesDocumentsWhoseCandidateIsGone() {
		add("Yan", List.of("Yacc"), List.of(), List.of());
		assertThat(names("yacc")).containsExactly("Yan");
		this.jdbc.update("delete from candidate where name = 'Yan'");

		assertThat(this.repair.repair()).isEqualTo(new IndexRepair.Result(0, 1));
		assertThat(names("yacc")).isEmpty();
	}

	private List<String> names(String query) {
		return this.search.search(query, 0, 20).hits().stream().map(SearchHit::name).toList();
	}

	private void add(String name, List<String> skills, List<Work> work, List<Publication> publications) {
		ParsedResume resume = new ParsedResume(new Basics(name, null, null, null, null, null, null, null), work, null,
				List.of(new SkillGroup("Skills", skills)), null, publications, null, null, null, null);
		byte[] bytes = (name + " resume").getBytes(StandardCharsets.UTF_8);
		String sha = (name + "0".repeat(64)).substring(0, 64).toLowerCase();
		this.ids.put(name, this.candidates.create(new ParseResult(resume, name, "text/plain", List.of()), name + ".txt",
				sha, bytes));
	}

}

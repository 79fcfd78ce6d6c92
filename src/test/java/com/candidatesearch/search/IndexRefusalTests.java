package com.candidatesearch.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import com.candidatesearch.candidate.Candidate;
import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.upload.ResumeImporter;
import com.candidatesearch.upload.ResumeImporterSha;
import com.candidatesearch.upload.UploadOutcome;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * What happens when the index refuses a candidate, seen on an index that still refuses immense
 * terms ({@link UncappedLuceneAnalysis}): the upload fails with nothing kept, neither row nor file,
 * and a candidate already stored that the index refuses is reported by the repair on start, never
 * a reason for the application to stop.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.search.backend.analysis.configurer="
		+ "class:com.candidatesearch.search.UncappedLuceneAnalysis")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IndexRefusalTests {

	static final Path dataDir = TestDataDirs.create("index-refusal");

	/** 33,000 UTF-8 bytes in one token: more than Lucene takes in one term. */
	static final String IMMENSE = "α".repeat(16_500);

	@Autowired
	private ResumeImporter importer;

	@Autowired
	private CandidateService candidates;

	@Autowired
	private IndexRepair repair;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void anUploadTheIndexRefusesFailsAndKeepsNeitherRowNorFile() throws Exception {
		long before = this.candidates.count();
		byte[] resume = ("Ada Refused\nada.refused@example.com\n\nSummary\n" + IMMENSE + "\n").getBytes(StandardCharsets.UTF_8);

		UploadOutcome outcome = this.importer.importFile("refused.txt", resume);

		assertThat(outcome.isFailed()).as(outcome.toString()).isTrue();
		assertThat(outcome.error()).contains("nothing was kept");
		assertThat(this.candidates.count()).isEqualTo(before);
		assertThat(storedFiles()).noneMatch(file -> file.getFileName().toString().startsWith(sha256(resume)));
		assertInSync(true);

		UploadOutcome again = this.importer.importFile("refused.txt", resume);
		assertThat(again.isFailed()).as("not taken for a duplicate of what was never kept").isTrue();
	}

	@Test
	void theRepairOnStartIndexesWhatItCanAndReportsWhatTheIndexRefuses() throws Exception {
		long refused = storeWithoutIndexing("Grace Refused", IMMENSE);
		long fine = storeWithoutIndexing("Grace Fine", "Compilers and COBOL.");

		IndexRepair.Result result = this.repair.repair();

		assertThat(result.indexed()).isEqualTo(1);
		IndexRepair.Report report = this.repair.lastReport();
		assertThat(report.refusedCount()).isEqualTo(1);
		assertThat(report.refused()).singleElement().satisfies(one -> {
			assertThat(one.id()).isEqualTo(refused);
			assertThat(one.reason()).contains("at most 32766");
		});
		this.mvc.perform(get("/api/search").param("q", "compilers").with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(jsonPath("$.hits[0].id").value(fine));
		this.mvc.perform(get("/actuator/health").with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.index.details.inSync").value(false))
			.andExpect(jsonPath("$.components.index.details.refused").value(1))
			.andExpect(jsonPath("$.components.index.details.refusedIds[0]").value(refused));
		this.mvc.perform(get("/admin/index").with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(content().string(containsString("1 candidates are stored but missing from search")))
			.andExpect(content().string(containsString("Grace Refused")))
			.andExpect(content().string(containsString("at most 32766")));

		this.candidates.delete(refused);
		this.repair.repair();
		assertInSync(true);
	}

	/** Stores a candidate the way a crash between the database commit and the index write leaves it. */
	private long storeWithoutIndexing(String name, String summary) {
		String text = name + "\n" + summary;
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		ParsedResume resume = new ParsedResume(new ParsedResume.Basics(name, null, null, null, null, summary, null,
				List.of()), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());
		return this.transactions.execute(status -> {
			Search.session(this.entityManager).indexingPlanFilter(filter -> filter.exclude(Candidate.class));
			return this.candidates.create(new ParseResult(resume, text, "text/plain", List.of()), name + ".txt",
					sha256(bytes), bytes);
		});
	}

	private void assertInSync(boolean inSync) throws Exception {
		this.mvc.perform(get("/actuator/health").with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(jsonPath("$.components.index.details.inSync").value(inSync));
	}

	private static List<Path> storedFiles() throws Exception {
		Path files = dataDir.resolve("files");
		if (!Files.exists(files)) {
			return List.of();
		}
		try (Stream<Path> all = Files.walk(files)) {
			return all.filter(Files::isRegularFile).toList();
		}
	}

	private static String sha256(byte[] bytes) {
		return ResumeImporterSha.of(bytes);
	}

}

package com.candidatesearch.trust;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import com.candidatesearch.search.IndexRepair;
import com.candidatesearch.search.MassReindex;
import com.candidatesearch.upload.ResumeImporter;
import com.candidatesearch.upload.UploadOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A resume holding one token longer than Lucene takes in one term (32,766 UTF-8 bytes) is stored,
 * indexed and found like any other, and the index it leaves behind reindexes and repairs: on the
 * Lucene backend here and on OpenSearch in the scale run, whose analyzers cap tokens alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PoisonTokenIntegrationTests {

	static final Path dataDir = TestDataDirs.create("poison-token");

	@Autowired
	private ResumeImporter importer;

	@Autowired
	private MassReindex reindex;

	@Autowired
	private IndexRepair repair;

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@ParameterizedTest(name = "{1} × {0}")
	@CsvSource({ "α, 16500, Alpha", "a, 40000, Latin" })
	void aResumeWithOneImmenseTokenIsStoredIndexedFoundAndReindexed(String letter, int times, String surname)
			throws Exception {
		String resume = "Ada " + surname + "\nada." + surname.toLowerCase() + "@example.com\n\nSummary\n"
				+ letter.repeat(times) + "\n\nSkills\nPython, Rust\n";
		assertThat(resume.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(32_766);

		UploadOutcome outcome = this.importer.importFile(surname + ".txt", resume.getBytes(StandardCharsets.UTF_8));

		assertThat(outcome.status()).as(outcome.toString()).isEqualTo("created");
		this.mvc.perform(get("/api/search").param("q", surname).with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].id").value(outcome.id()));
		assertInSync();

		assertThat(this.reindex.runAndWait(progress -> {
		}).state()).isEqualTo("done");
		assertThat(this.repair.lastReport().refusedCount()).isZero();
		assertInSync();
		this.mvc.perform(get("/api/search").param("q", "python").with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(jsonPath("$.hits[?(@.id == " + outcome.id() + ")]").exists());
	}

	private void assertInSync() throws Exception {
		this.mvc.perform(get("/actuator/health").with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(jsonPath("$.components.index.details.inSync").value(true));
	}

}

package com.candidatesearch.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
 * The database and the index this application runs on, as health reports them, and every
 * migration applied to an empty database: H2 and Lucene by default, PostgreSQL and
 * OpenSearch/Elasticsearch in the scale run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HealthIntegrationTests {

	static final Path dataDir = TestDataDirs.create("health");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Flyway flyway;

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void reportsTheDatabaseAndTheSearchBackendItRunsOn() throws Exception {
		boolean scale = this.environment.acceptsProfiles(Profiles.of("scale"));

		this.mvc.perform(get("/actuator/health").with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.database").value(scale ? "PostgreSQL" : "H2"))
			.andExpect(jsonPath("$.components.index.status").value("UP"))
			.andExpect(jsonPath("$.components.index.details.backend").value(scale ? "elasticsearch" : "lucene"))
			.andExpect(jsonPath("$.components.index.details.inSync").value(true));
	}

	@Test
	void withoutSigningInOnlyTheStatusShows() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.details").doesNotExist());
		this.mvc.perform(get("/actuator/health/index")).andExpect(status().isNotFound());
	}

	@Test
	void flywayAppliedEveryMigrationToTheEmptyDatabase() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
		List<String> versions = Arrays.stream(files)
			.map(file -> file.getFilename().substring(1, file.getFilename().indexOf("__")))
			.toList();

		List<String> applied = Arrays.stream(this.flyway.info().applied())
			// a null version is Flyway's own "schema creation" entry, made on PostgreSQL in the scale run
			.filter(migration -> migration.getVersion() != null && migration.getState().isApplied()
					&& !migration.getState().isFailed())
			.map(migration -> migration.getVersion().getVersion())
			.toList();

		assertThat(versions).isNotEmpty();
		assertThat(applied).containsExactlyInAnyOrderElementsOf(versions);
	}

}

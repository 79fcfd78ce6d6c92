package com.candidatesearch.version;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new version of a seed resume (another e-mail, a new job, a line gone) goes in through the
 * upload API: it is held, not created; accepted, it becomes the candidate's profile and search
 * content while the first version stays, with its file, until the candidate is deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NewVersionIntegrationTests {

	static final Path dataDir = TestDataDirs.create("versions");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void aNewVersionIsHeldThenAcceptedKeepingBothVersions() throws Exception {
		long id = upload("walton.txt", "seeds/001_8e724327113ee43c.txt").get("id").asLong();
		assertThat(hitIds("acoustic")).contains(id);
		long candidatesBefore = total();

		JsonNode held = upload("walton-2026.txt", "versions/001_walton_v2.txt");

		assertThat(held.get("status").asString()).isEqualTo("version");
		assertThat(held.get("id").asLong()).isEqualTo(id);
		assertThat(held.get("name").asString()).isEqualTo("Steven Walton");
		assertThat(strings(held.get("reasons"))).contains("same GitHub profile").doesNotContain("same e-mail");
		assertThat(total()).isEqualTo(candidatesBefore);
		assertThat(hitIds("warehouse")).isEmpty();
		assertThat(held.get("heldFile").asString()).isEqualTo("walton-2026.txt");
		JsonNode again = upload("again.txt", "versions/001_walton_v2.txt");
		assertThat(again.get("file").asString()).isEqualTo("again.txt");
		assertThat(again.get("heldFile").asString()).as("the held upload's own name, which the version will take")
			.isEqualTo("walton-2026.txt");
		for (String fact : List.of("status", "id", "pendingId", "name", "reasons")) {
			assertThat(again.get(fact)).as(fact).isEqualTo(held.get(fact));
		}

		JsonNode accepted = read(this.mvc.perform(post("/api/candidates/{id}/versions/{p}", id, held.get("pendingId").asLong()).with(admin()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(accepted.get("id").asLong()).isEqualTo(id);
		assertThat(total()).isEqualTo(candidatesBefore);
		assertThat(hitIds("warehouse")).containsExactly(id);
		assertThat(auditRows(id, "VERSION%")).containsExactly(
				tuple("VERSION_HELD", "Steven Walton", "walton-2026.txt"),
				tuple("VERSION_HELD", "Steven Walton", "again.txt"),
				tuple("VERSION_ACCEPTED", "Steven Walton", "walton-2026.txt"));
		assertThat(hitIds("acoustic")).doesNotContain(id);
		JsonNode export = read(this.mvc.perform(get("/api/candidates/{id}", id).with(admin())).andExpect(status().isOk()).andReturn());
		assertThat(export.get("basics").get("email").asString()).isEqualTo("steven@walton.dev");
		JsonNode versions = read(this.mvc.perform(get("/api/candidates/{id}/versions", id).with(admin())).andExpect(status().isOk()).andReturn());
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("file").asString()).isEqualTo("walton.txt");
		assertThat(versions.get(1).get("current").asBoolean()).isTrue();
		assertThat(strings(versions.get(1).get("changes"))).contains("Basics: e-mail changed from resume@swalton.ai to steven@walton.dev")
			.anyMatch(change -> change.startsWith("Work: added Staff Research Scientist at Acme Robotics"));
		this.mvc.perform(get("/candidates/{id}/versions/{v}/original", id, versions.get(0).get("versionId").asLong())
				.with(admin()))
			.andExpect(status().isOk());
		assertThat(auditRows(id, "DOWNLOAD")).containsExactly(tuple("DOWNLOAD", "Steven Walton",
				"walton.txt (version " + versions.get(0).get("versionId").asLong() + ")"));
		assertThat(upload("walton-old.txt", "seeds/001_8e724327113ee43c.txt").get("status").asString())
			.isEqualTo("duplicate");

		this.mvc.perform(delete("/api/candidates/{id}", id).with(admin())).andExpect(status().isNoContent());

		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void aHeldUploadKeptApartBecomesACandidateOfItsOwn() throws Exception {
		long id = upload("lexington.txt", "seeds/000_cf880338e06f109e.txt").get("id").asLong();
		JsonNode held = upload("lexington.html", "seeds/000_cf880338e06f109e.html");
		assertThat(held.get("status").asString()).isEqualTo("version");
		assertThat(strings(held.get("reasons"))).singleElement().asString().startsWith("same name Lexington Whalen and ");

		JsonNode created = read(this.mvc
			.perform(post("/api/candidates/{id}/versions/{p}/separate", id, held.get("pendingId").asLong()).with(admin()))
			.andExpect(status().isCreated())
			.andReturn());

		assertThat(created.get("id").asLong()).isNotEqualTo(id);
		assertThat(auditRows(created.get("id").asLong(), "%")).containsExactly(tuple("VERSION_KEPT_APART",
				"Lexington Whalen", "lexington.html; held as a version of candidate " + id));
		this.mvc.perform(post("/api/candidates/{id}/versions/{p}", id, held.get("pendingId").asLong()).with(admin()))
			.andExpect(status().isNotFound());

		JsonNode third = upload("lexington.docx", "seeds/000_cf880338e06f109e.docx");
		assertThat(third.get("status").asString()).isEqualTo("version");
		long owner = third.get("id").asLong();
		long pendingId = third.get("pendingId").asLong();
		List<Path> filesHeld = storedFiles();

		this.mvc.perform(post("/candidates/{id}/versions/{p}/discard", owner, pendingId).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(storedFiles()).as("the held file goes with it").hasSize(filesHeld.size() - 1);
		this.mvc.perform(post("/api/candidates/{id}/versions/{p}", owner, pendingId).with(admin()))
			.andExpect(status().isNotFound());
		assertThat(upload("lexington.docx", "seeds/000_cf880338e06f109e.docx").get("pendingId").asLong())
			.as("discarded, the same file is held afresh when uploaded again").isNotEqualTo(pendingId);
	}

	@Test
	void aDiscardedHeldUploadIsAuditedAndItsFileGoes() throws Exception {
		long id = upload("mendez.txt", "seeds/002_ebfafff7a943e743.txt").get("id").asLong();
		JsonNode held = upload("mendez.html", "seeds/002_ebfafff7a943e743.html");
		assertThat(held.get("status").asString()).isEqualTo("version");
		int filesBefore = storedFiles().size();

		this.mvc.perform(delete("/api/candidates/{id}/versions/{p}", id, held.get("pendingId").asLong()).with(admin()))
			.andExpect(status().isNoContent());

		assertThat(storedFiles()).hasSize(filesBefore - 1);
		assertThat(auditRows(id, "VERSION_DISCARDED")).containsExactly(
				tuple("VERSION_DISCARDED", held.get("name").asString(), "mendez.html"));
	}

	private List<Tuple> auditRows(long candidateId, String actions) {
		return this.jdbc.query("SELECT action, candidate_name, detail FROM audit_log WHERE candidate_id = ? "
				+ "AND action LIKE ? ORDER BY id", (row, n) -> tuple(row.getString(1), row.getString(2), row.getString(3)),
				candidateId, actions);
	}

	private JsonNode upload(String name, String resource) throws Exception {
		JsonNode outcomes = read(this.mvc.perform(multipart("/api/candidates").file(new MockMultipartFile("files", name, null, bytes(resource))).with(admin()))
			.andReturn());
		assertThat(outcomes).hasSize(1);
		return outcomes.get(0);
	}

	private List<Long> hitIds(String query) throws Exception {
		JsonNode result = read(this.mvc.perform(get("/api/search").param("q", query).with(admin())).andExpect(status().isOk()).andReturn());
		List<Long> ids = new ArrayList<>();
		result.get("hits").forEach(hit -> ids.add(hit.get("id").asLong()));
		return ids;
	}

	private long total() throws Exception {
		return read(this.mvc.perform(get("/api/search").param("q", "").with(admin())).andReturn()).get("total").asLong();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static List<Path> storedFiles() throws IOException {
		Path files = dataDir.resolve("files");
		try (Stream<Path> walk = Files.exists(files) ? Files.walk(files) : Stream.empty()) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

	private static JsonNode read(org.springframework.test.web.servlet.MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

	private static byte[] bytes(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
	}


	/** Every request signs in as a script would: HTTP Basic, no session, no CSRF token. */
	private static RequestPostProcessor admin() {
		return httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD);
	}

}

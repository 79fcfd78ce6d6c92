package com.candidatesearch.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A recruiter's upload, duplicate, correction, export, download and deletion each leave one
 * audit entry naming them, the candidate and its name, and the administrators' page shows them.
 */
// Parses in worker processes, as the application does (the test profile parses in this one).
@SpringBootTest(properties = "candidate-search.parse.isolation=process")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditTrailIntegrationTests {

	static final Path dataDir = TestDataDirs.create("audit");

	static final String ADA_PASSWORD = "ada-password-1234";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void everyChangeAndExportIsAuditedWithWhoDidItAndTheCandidatesNameAtTheTime() throws Exception {
		this.mvc.perform(post("/admin/users").param("username", "ada").param("role", "RECRUITER")
				.param("password", ADA_PASSWORD).with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)).with(csrf()))
			.andExpect(status().isFound());
		byte[] resume = "Grace Hopper\ngrace@example.org\n\nSKILLS\nCOBOL, Fortran\n".getBytes(StandardCharsets.UTF_8);

		String created = this.mvc.perform(multipart("/api/candidates").file(file(resume)).with(ada()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = JsonMapper.builder().build().readTree(created).get(0).get("id").asLong();
		this.mvc.perform(multipart("/api/candidates").file(file(resume)).with(ada())).andExpect(status().isOk());
		this.mvc.perform(post("/candidates/" + id + "/edit/basics").param("name", "Grace B. Hopper")
				.param("email", "grace@example.org").with(ada()).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/api/candidates/" + id).with(ada())).andExpect(status().isOk());
		this.mvc.perform(get("/candidates/" + id + "/original").with(ada())).andExpect(status().isOk());
		this.mvc.perform(delete("/api/candidates/" + id).with(ada())).andExpect(status().isNoContent());

		List<Map<String, Object>> rows = this.jdbc.queryForList("SELECT action, candidate_id, candidate_name, detail, "
				+ "remote_address FROM audit_log WHERE username = 'ada' ORDER BY id");
		assertThat(rows).extracting(row -> row.get("ACTION"), row -> row.get("CANDIDATE_ID"), row -> row.get("CANDIDATE_NAME"),
				row -> row.get("DETAIL"))
			.containsExactly(tuple("UPLOAD", id, "Grace Hopper", "hopper.txt"),
					tuple("DUPLICATE", id, null, "hopper.txt"),
					tuple("EDIT", id, "Grace B. Hopper", "basics.name"),
					tuple("EXPORT", id, "Grace B. Hopper", "JSON"),
					tuple("DOWNLOAD", id, "Grace B. Hopper", "downloaded: hopper.txt"),
					tuple("DELETE", id, "Grace B. Hopper", "hopper.txt"));
		assertThat(rows).extracting(row -> row.get("REMOTE_ADDRESS")).containsOnly("127.0.0.1");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = 'admin' "
				+ "AND action = 'USER_ADDED' AND detail = 'ada (Recruiter)'", Integer.class)).isEqualTo(1);

		this.mvc.perform(get("/admin/audit").param("user", "ada").param("action", "DELETE")
				.with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Grace B. Hopper"),
					containsString("<tr data-action=\"DELETE\">"), not(containsString("<tr data-action=\"UPLOAD\">")))));
		this.mvc.perform(get("/admin/audit").with(ada())).andExpect(status().isForbidden());
	}

	@Test
	void anExportOfACandidateWithoutANameIsAuditedUnderTheFileName() throws Exception {
		byte[] resume = "SKILLS\nCOBOL, Fortran, Ada\n".getBytes(StandardCharsets.UTF_8);
		String created = this.mvc
			.perform(multipart("/api/candidates").file(new MockMultipartFile("files", "resume.txt", "text/plain", resume))
				.with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = JsonMapper.builder().build().readTree(created).get(0).get("id").asLong();

		this.mvc.perform(get("/api/candidates/" + id).with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.basics.name").doesNotExist());

		assertThat(this.jdbc.queryForList("SELECT candidate_name FROM audit_log WHERE action = 'EXPORT' "
				+ "AND candidate_id = ?", String.class, id)).containsExactly("resume.txt");
	}

	@Test
	void aFailedSignInIsAuditedUnderTheNameTyped() throws Exception {
		this.mvc.perform(get("/api/search").with(httpBasic("Mallory", "guessing-a-password")))
			.andExpect(status().isUnauthorized());

		assertThat(this.jdbc.queryForList("SELECT detail FROM audit_log WHERE username = 'mallory' "
				+ "AND action = 'LOGIN_FAILED'", String.class)).containsExactly("wrong user name or password");
	}

	private static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("files", "hopper.txt", "text/plain", bytes);
	}

	private static RequestPostProcessor ada() {
		return httpBasic("ada", ADA_PASSWORD);
	}

}

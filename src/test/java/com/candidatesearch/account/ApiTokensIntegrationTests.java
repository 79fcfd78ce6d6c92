package com.candidatesearch.account;

import java.nio.file.Path;
import java.sql.Timestamp;

import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: made on the account page and shown once, signing a script in as the
 * account with no session and no password hash, until revoked or the account is disabled.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiTokensIntegrationTests {

	static final Path dataDir = TestDataDirs.create("api-tokens");

	static final String PASSWORD = "ivy-password-12345";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void aTokenIsShownOnceKeptAsAHashAndSignsAScriptInWithoutASession() throws Exception {
		this.accounts.add("ivy", Role.RECRUITER, PASSWORD);
		String token = create("ivy", "nightly import");

		assertThat(token).matches("cs_[A-Za-z0-9_-]{43}");
		assertThat(this.jdbc.queryForObject("SELECT token_hash FROM api_token WHERE name = 'nightly import'", String.class))
			.isEqualTo(ApiTokens.hash(token))
			.doesNotContain(token);
		MvcResult search = this.mvc.perform(get("/api/search").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn();
		assertThat(search.getRequest().getSession(false)).as("no session").isNull();
		this.mvc.perform(delete("/api/candidates/999999").with(bearer(token)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/account/tokens").with(basic("ivy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nightly import")))
			.andExpect(content().string(containsString(token.substring(0, ApiTokens.PREFIX_LENGTH) + "…")))
			.andExpect(content().string(not(containsString(token))))
			.andExpect(content().string(not(containsString(">never<"))));
		assertThat(this.jdbc.queryForList("SELECT detail FROM audit_log WHERE username = 'ivy' AND action = 'TOKEN_CREATED'",
				String.class)).containsExactly("nightly import (" + token.substring(0, ApiTokens.PREFIX_LENGTH) + "…)");
	}

	@Test
	void aTokenNotesItsUseAtMostOnceAMinute() throws Exception {
		this.accounts.add("jun", Role.RECRUITER, PASSWORD);
		String token = create("jun", "monitor");
		this.mvc.perform(get("/api/search").with(bearer(token))).andExpect(status().isOk());
		Timestamp first = lastUsed("monitor");
		this.mvc.perform(get("/api/search").with(bearer(token))).andExpect(status().isOk());

		assertThat(first).isNotNull();
		assertThat(lastUsed("monitor")).isEqualTo(first);
	}

	@Test
	void aRevokedTokenAndADisabledAccountsTokenStopWorkingAtOnce() throws Exception {
		this.accounts.add("kit", Role.RECRUITER, PASSWORD);
		String kept = create("kit", "kept");
		String revoked = create("kit", "revoked");
		long id = this.jdbc.queryForObject("SELECT id FROM api_token WHERE name = 'revoked'", Long.class);
		this.mvc.perform(get("/api/search").with(bearer(revoked))).andExpect(status().isOk());

		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(basic("kit")).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		this.mvc.perform(get("/api/search").with(bearer(revoked)))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
		this.mvc.perform(get("/api/search").with(bearer(kept))).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = 'kit' "
				+ "AND action = 'TOKEN_REVOKED'", Integer.class)).isEqualTo(1);

		this.accounts.disable("kit", "admin");
		this.mvc.perform(get("/api/search").with(bearer(kept))).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenHasItsAccountsRoleAndCannotMakeMoreTokens() throws Exception {
		this.accounts.add("lou", Role.RECRUITER, PASSWORD);
		String token = create("lou", "script");

		this.mvc.perform(get("/api/admin/reindex").with(bearer(token))).andExpect(status().isForbidden());
		this.mvc.perform(get("/account/tokens").with(bearer(token))).andExpect(status().isForbidden());
		this.mvc.perform(post("/account/tokens").param("name", "another").with(bearer(token)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE name = 'another'", Integer.class))
			.isZero();
	}

	@Test
	void oneUserCannotRevokeAnothersToken() throws Exception {
		this.accounts.add("max", Role.RECRUITER, PASSWORD);
		this.accounts.add("nia", Role.RECRUITER, PASSWORD);
		String token = create("max", "mine");
		long id = this.jdbc.queryForObject("SELECT id FROM api_token WHERE name = 'mine'", Long.class);

		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(basic("nia")).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		this.mvc.perform(get("/api/search").with(bearer(token))).andExpect(status().isOk());
	}

	/** Creates a token on the page and reads it from what the page shows once. */
	private String create(String user, String name) throws Exception {
		MvcResult created = this.mvc.perform(post("/account/tokens").param("name", name).with(basic(user)).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"))
			.andReturn();
		ApiTokens.Created shown = (ApiTokens.Created) created.getFlashMap().get("shownOnce");
		assertThat(shown.name()).isEqualTo(name);
		return shown.token();
	}

	private Timestamp lastUsed(String name) {
		return this.jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE name = ?", Timestamp.class, name);
	}

	private static RequestPostProcessor basic(String user) {
		return httpBasic(user, PASSWORD);
	}

	private static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

}

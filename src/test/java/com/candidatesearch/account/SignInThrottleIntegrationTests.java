package com.candidatesearch.account;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Guessing a password: after ten failures the name is not heard from that address, by Basic or by the form. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInThrottleIntegrationTests {

	static final Path dataDir = TestDataDirs.create("sign-in-throttle");

	static final String PASSWORD = "grace-password-1234";

	static final String GUESSER = "198.51.100.7";

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
	void repeatedWrongPasswordsPauseTheNameFromThatAddressEvenWithTheRightOne() throws Exception {
		this.accounts.add("grace", Role.RECRUITER, PASSWORD);
		for (int i = 0; i < SignInThrottle.NAME_FAILURES; i++) {
			this.mvc.perform(get("/api/search").with(httpBasic("grace", "guess-" + i)).with(from(GUESSER)))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/search").with(httpBasic("grace", PASSWORD)).with(from(GUESSER)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
			.andExpect(jsonPath("$.title").value("Sign-in paused"))
			.andExpect(jsonPath("$.detail").value(containsString("Try again in 15 minutes")));
		String tab = "Basic\t" + Base64.getEncoder().encodeToString(("grace:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(get("/api/search").header("Authorization", tab).with(from(GUESSER)))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(post("/login").param("username", "Grace").param("password", PASSWORD).with(csrf())
				.with(from(GUESSER)))
			.andExpect(redirectedUrl("/login?paused=15"));
		this.mvc.perform(get("/login").param("paused", "15"))
			.andExpect(content().string(containsString("Try again in 15 minutes")));
		this.mvc.perform(get("/api/search").with(httpBasic("grace", PASSWORD)).with(from("203.0.113.9")))
			.andExpect(status().isOk());

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = 'grace' "
				+ "AND action = 'LOGIN_FAILED'", Integer.class)).as("paused attempts are not checked").isEqualTo(10);
		assertThat(this.jdbc.queryForList("SELECT detail FROM audit_log WHERE username = 'grace' "
				+ "AND action = 'LOGIN_PAUSED'", String.class))
			.containsExactly("too many failed sign-ins; paused for 15 minutes");
	}

	@Test
	void aScriptKeepingItsSessionIsNeverPausedForSendingBasicEachTime() throws Exception {
		this.accounts.add("script", Role.RECRUITER, PASSWORD);
		MockHttpSession session = new MockHttpSession();
		for (int i = 0; i < 2 * SignInThrottle.ADDRESS_FAILURES; i++) {
			this.mvc.perform(get("/api/search").with(httpBasic("script", PASSWORD)).session(session).with(from("192.0.2.44")))
				.andExpect(status().isOk());
		}
		for (int i = 0; i < 2 * SignInThrottle.ADDRESS_FAILURES; i++) {
			this.mvc.perform(get("/api/search").with(httpBasic("script", PASSWORD)).with(from("192.0.2.45")))
				.andExpect(status().isOk());
		}
	}

	@Test
	void manyWrongPasswordsSentAtOnceHaveNoMoreCheckedThanTheLimit() throws Exception {
		this.accounts.add("hedy", Role.RECRUITER, PASSWORD);
		SignInThrottleTests.Outcomes outcomes = SignInThrottleTests.atOnce(150, () -> {
			int status = this.mvc.perform(get("/api/search").with(httpBasic("hedy", "guess")).with(from("198.51.100.20")))
				.andReturn()
				.getResponse()
				.getStatus();
			return status == 401;
		});

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = 'hedy' "
				+ "AND action = 'LOGIN_FAILED'", Integer.class)).as("passwords checked").isEqualTo(SignInThrottle.NAME_FAILURES);
		assertThat(outcomes.heard()).isEqualTo(SignInThrottle.NAME_FAILURES);
		this.mvc.perform(get("/api/search").with(httpBasic("hedy", "guess")).with(from("198.51.100.20")))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void manyGoodRequestsSentAtOnceAreAllAnswered() throws Exception {
		this.accounts.add("batch", Role.RECRUITER, PASSWORD);
		SignInThrottleTests.Outcomes outcomes = SignInThrottleTests.atOnce(60,
				() -> this.mvc.perform(get("/api/search").with(httpBasic("batch", PASSWORD)).with(from("198.51.100.21")))
					.andReturn()
					.getResponse()
					.getStatus() == 200);
		assertThat(outcomes.refused()).isZero();
	}

	@Test
	void theWaitOnTheSignInPageIsReadFromTheAddressOnlyAsANumberOfMinutes() throws Exception {
		this.mvc.perform(get("/login").param("paused", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Try again in 15 minutes"), not(containsString("<script>alert")))));
		this.mvc.perform(get("/login").param("paused", "1"))
			.andExpect(content().string(containsString("Try again in 1 minute,")));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}

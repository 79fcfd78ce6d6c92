package com.candidatesearch.account;

import java.nio.file.Path;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounts in the database: the administrator from the property, and the users page's rules. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountsIntegrationTests {

	static final Path dataDir = TestDataDirs.create("accounts");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private FirstAdmin firstAdmin;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void thePropertyPasswordSignsTheAdministratorInAndIsStoredOnlyAsABcryptHash() throws Exception {
		this.mvc.perform(get("/admin/users").with(admin())).andExpect(status().isOk());
		String stored = this.jdbc.queryForObject("SELECT password_hash FROM account WHERE username = 'admin'", String.class);
		assertThat(stored).startsWith("{bcrypt}$2a$10$").doesNotContain(TestAdmin.PASSWORD);
	}

	@Test
	void whileThePropertyIsSetItIsTheAdministratorsPasswordAtEveryStart() throws Exception {
		String other = this.accounts.resetPassword("admin");
		this.mvc.perform(get("/search").with(httpBasic("admin", other))).andExpect(status().isOk());

		this.firstAdmin.run(null);

		this.mvc.perform(get("/search").with(httpBasic("admin", other))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/search").with(admin())).andExpect(status().isOk());
	}

	@Test
	void theUsersPageAddsDisablesEnablesAndResetsWithItsRules() throws Exception {
		AccountController.ShownOnce shown = (AccountController.ShownOnce) this.mvc
			.perform(post("/admin/users").param("username", " Bea ").param("role", "RECRUITER").param("password", "")
				.with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "bea was added as recruiter."))
			.andReturn()
			.getFlashMap()
			.get("shownOnce");
		assertThat(shown.username()).isEqualTo("bea");
		assertThat(shown.password()).hasSize(24);
		this.mvc.perform(get("/search").with(httpBasic("bea", shown.password()))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").with(httpBasic("bea", shown.password()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(admin()))
			.andExpect(content().string(containsString("id=\"user-bea\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(shown.password()))));

		this.mvc.perform(post("/admin/users/bea/disable").with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "bea was disabled and can no longer sign in."));
		this.mvc.perform(get("/search").with(httpBasic("bea", shown.password()))).andExpect(status().isUnauthorized());
		this.mvc.perform(formLogin().user("bea").password(shown.password())).andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(post("/admin/users/bea/enable").with(admin()).with(csrf()));
		this.mvc.perform(get("/search").with(httpBasic("bea", shown.password()))).andExpect(status().isOk());

		AccountController.ShownOnce reset = (AccountController.ShownOnce) this.mvc
			.perform(post("/admin/users/bea/password").with(admin()).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("shownOnce");
		this.mvc.perform(get("/search").with(httpBasic("bea", shown.password()))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/search").with(httpBasic("bea", reset.password()))).andExpect(status().isOk());

		this.mvc.perform(post("/admin/users").param("username", "bea").param("role", "ADMIN")
				.param("password", "long enough password").with(admin()).with(csrf()))
			.andExpect(flash().attribute("problem", "There is already a user called bea. Choose another name."));
		this.mvc.perform(post("/admin/users").param("username", "cy").param("role", "RECRUITER")
				.param("password", "short").with(admin()).with(csrf()))
			.andExpect(flash().attribute("problem",
					"A password needs at least 12 characters; leave it empty to have one generated."));
		this.mvc.perform(post("/admin/users").param("username", "<script>").param("role", "RECRUITER")
				.with(admin()).with(csrf()))
			.andExpect(flash().attribute("problem", "A user name is 2 to 64 letters, digits, dots, dashes, "
					+ "underscores or @, starting with a letter or digit."));
	}

	@Test
	void aPasswordResetEndsTheUsersSessionsButNotTheResettingAdministrators() throws Exception {
		this.mvc.perform(post("/admin/users").param("username", "dee").param("role", "RECRUITER")
				.param("password", "dee-password-1234").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		MockHttpSession dee = (MockHttpSession) this.mvc
			.perform(formLogin().user("dee").password("dee-password-1234"))
			.andExpect(redirectedUrl("/search"))
			.andReturn()
			.getRequest()
			.getSession(false);
		MockHttpSession adminSession = (MockHttpSession) this.mvc
			.perform(formLogin().user("admin").password(TestAdmin.PASSWORD))
			.andExpect(redirectedUrl("/search"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/search").session(dee)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/users/dee/password").session(adminSession).with(csrf()))
			.andExpect(flash().attribute("message", "dee has a new password; the old one no longer works."));

		this.mvc.perform(get("/search").session(dee)).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users").session(adminSession)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorWhoResetsTheirOwnPasswordStaysSignedInToSeeIt() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user("admin").password(TestAdmin.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);

		AccountController.ShownOnce shown = (AccountController.ShownOnce) this.mvc
			.perform(post("/admin/users/admin/password").session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andReturn()
			.getFlashMap()
			.get("shownOnce");

		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/search").with(httpBasic("admin", shown.password()))).andExpect(status().isOk());
		this.firstAdmin.run(null);
	}

	@Test
	void twoAdministratorsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
		try {
			for (int round = 0; round < 10; round++) {
				String first = "race-a" + round;
				String second = "race-b" + round;
				this.accounts.add(first, Role.ADMIN, "race-password-1234");
				this.accounts.add(second, Role.ADMIN, "race-password-1234");
				this.jdbc.update("UPDATE account SET enabled = FALSE WHERE role = 'ADMIN' AND username NOT IN (?, ?)",
						first, second);
				CyclicBarrier start = new CyclicBarrier(2);
				ExecutorService both = Executors.newFixedThreadPool(2);
				try {
					Future<?> one = both.submit(() -> disableAfter(start, first, second));
					Future<?> other = both.submit(() -> disableAfter(start, second, first));
					one.get(30, TimeUnit.SECONDS);
					other.get(30, TimeUnit.SECONDS);
				}
				finally {
					both.shutdownNow();
				}

				assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND enabled",
						Integer.class)).as("enabled administrators after round %d", round).isEqualTo(1);
			}
		}
		finally {
			// Back to admin as the one enabled administrator, as the other tests expect.
			this.jdbc.update("UPDATE account SET enabled = (username = 'admin') WHERE role = 'ADMIN'");
		}
	}

	/** Disables {@code target} acting as {@code actor} once both threads are ready; refused is fine. */
	private Void disableAfter(CyclicBarrier start, String target, String actor) throws Exception {
		start.await(10, TimeUnit.SECONDS);
		try {
			this.accounts.disable(target, actor);
		}
		catch (AccountException refused) {
			// the other administrator was quicker: this one is the last and stays
		}
		return null;
	}

	@Test
	void anAdministratorCannotDisableThemselfNorTheLastEnabledAdministrator() throws Exception {
		this.mvc.perform(post("/admin/users/admin/disable").with(admin()).with(csrf()))
			.andExpect(flash().attribute("problem", "You cannot disable your own account. Ask another administrator."));

		assertThatExceptionOfType(AccountException.class).isThrownBy(() -> this.accounts.disable("admin", "someone"))
			.withMessage("admin is the last enabled administrator and stays enabled. Add or enable another "
					+ "administrator first.");
		this.mvc.perform(get("/search").with(admin())).andExpect(status().isOk());
	}

	@Test
	void signingInByFormIsAuditedAndNotedAsTheLastSignIn() throws Exception {
		this.mvc.perform(formLogin().user("admin").password(TestAdmin.PASSWORD)).andExpect(redirectedUrl("/search"));

		assertThat(this.jdbc.queryForObject("SELECT last_login_at FROM account WHERE username = 'admin'", Object.class))
			.isNotNull();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE username = 'admin' AND action = 'LOGIN'", Integer.class))
			.isPositive();
	}

	@Test
	void healthIsOpenForLoadBalancersAndTheRestOfTheActuatorIsForAdministrators() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("\"status\":\"UP\""), not(containsString("components")))));
		this.mvc.perform(get("/actuator/health").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"index\"")));
		this.mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/info").with(admin())).andExpect(status().isOk());
	}

	private static RequestPostProcessor admin() {
		return httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD);
	}

}

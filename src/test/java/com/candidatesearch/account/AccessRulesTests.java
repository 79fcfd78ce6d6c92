package com.candidatesearch.account;

import com.candidatesearch.web.TestAccounts;
import com.candidatesearch.web.WebTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may reach what, and how a refused request is answered, against stand-in pages and API
 * endpoints at the paths whose rules matter.
 */
@WebMvcTest(controllers = { LoginController.class, AccessRulesTests.Probe.class })
@Import({ WebTestConfiguration.class, AccessRulesTests.Probe.class })
class AccessRulesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aPageWithoutSignInRedirectsToTheSignInPage() throws Exception {
		this.mvc.perform(get("/probe")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theApiWithoutCredentialsIs401WithWwwAuthenticateNotARedirect() throws Exception {
		this.mvc.perform(get("/api/probe").accept("text/html"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Candidate Search\", charset=\"UTF-8\""))
			.andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
			.andExpect(jsonPath("$.detail").value("Send a user name and password with HTTP Basic (curl -u NAME URL), "
					+ "or sign in on the sign-in page first. A wrong or disabled account is refused the same way."));
	}

	@Test
	void basicCredentialsOpenAPageWithoutARedirect() throws Exception {
		this.mvc.perform(get("/probe").with(httpBasic("recruiter", TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string("page for recruiter"));
	}

	@Test
	void wrongBasicCredentialsOnAPageAre401NotARedirect() throws Exception {
		this.mvc.perform(get("/probe").with(httpBasic("recruiter", "not the password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"));
	}

	@Test
	void aDisabledAccountCannotUseBasic() throws Exception {
		this.mvc.perform(get("/api/probe").with(httpBasic("gone", TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRecruiterIsRefusedAdminPagesTheAdminApiAndTheActuator() throws Exception {
		this.mvc.perform(get("/admin/probe").with(user("recruiter").roles("RECRUITER")))
			.andExpect(status().isForbidden())
			.andExpect(request -> assertThat(request.getRequest().getAttribute("title")).isEqualTo("For administrators only"));
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("recruiter", TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("This is for administrators. Ask an administrator if you need it done."));
		this.mvc.perform(get("/actuator/probe").with(httpBasic("recruiter", TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorReachesAdminPagesAndEverythingARecruiterDoes() throws Exception {
		this.mvc.perform(get("/admin/probe").with(httpBasic("admin", TestAccounts.PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/probe").with(httpBasic("admin", TestAccounts.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/probe").with(user("recruiter").roles("RECRUITER")))
			.andExpect(status().isForbidden())
			.andExpect(request -> assertThat(request.getRequest().getAttribute("title")).isEqualTo("Request refused"));
		this.mvc.perform(post("/probe").with(user("recruiter").roles("RECRUITER")).with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	void basicCredentialsDoNotExemptAPageFormFromCsrf() throws Exception {
		this.mvc.perform(post("/probe").with(httpBasic("recruiter", TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingInByFormLeadsToTheSearchAndAWrongPasswordBackToTheForm() throws Exception {
		this.mvc.perform(formLogin().user("recruiter").password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/search"));
		this.mvc.perform(formLogin().user("recruiter").password("wrong password!"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("gone").password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theSignInPageIsOpenAndCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void signingOutNeedsThePostWithItsToken() throws Exception {
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(post("/logout").with(user("recruiter").roles("RECRUITER"))).andExpect(status().isForbidden());
	}

	@Test
	void aSessionOfAnAccountDisabledSinceEndsOnItsNextRequest() throws Exception {
		this.mvc.perform(get("/probe").session(signedIn("recruiter"))).andExpect(status().isOk());
		MockHttpSession disabled = signedIn("gone");
		this.mvc.perform(get("/probe").session(disabled)).andExpect(redirectedUrl("/login"));
		assertThat(disabled.isInvalid()).isTrue();
	}

	@Test
	void aCsrfTokenCountsInTheFormBodyOrTheHeaderButNotInTheAddress() throws Exception {
		this.mvc.perform(post("/probe").with(user("recruiter").roles("RECRUITER")).with(csrf()).with(tokenMovedToQuery()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/probe").with(user("recruiter").roles("RECRUITER")).with(csrf()))
			.andExpect(status().isOk());
		this.mvc.perform(post("/probe").with(user("recruiter").roles("RECRUITER")).with(csrf().asHeader()))
			.andExpect(status().isOk());
	}

	@Test
	void basicCredentialsLeaveNoSessionBehind() throws Exception {
		assertThat(this.mvc.perform(get("/api/probe").with(httpBasic("recruiter", TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getRequest()
			.getSession(false)).isNull();
	}

	@Test
	void anUnknownApiTokenIs401SayingSo() throws Exception {
		this.mvc.perform(get("/api/probe").header("Authorization", "Bearer cs_" + "a".repeat(43)))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
			.andExpect(jsonPath("$.title").value("Token not valid"));
	}

	/** Moves the form's CSRF token from the body into the address, where it must not count. */
	private static RequestPostProcessor tokenMovedToQuery() {
		return request -> {
			String token = request.getParameter("_csrf");
			request.setQueryString("_csrf=" + token);
			return request;
		};
	}

	/** A session as a form sign-in leaves it. */
	private static MockHttpSession signedIn(String name) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
						AuthorityUtils.createAuthorityList("ROLE_RECRUITER"))));
		return session;
	}

	@RestController
	static class Probe {

		@GetMapping({ "/probe", "/admin/probe", "/api/probe", "/actuator/probe" })
		String page(java.security.Principal principal) {
			return "page for " + principal.getName();
		}

		@PostMapping({ "/probe", "/api/admin/reindex" })
		String change() {
			return "changed";
		}

	}

}

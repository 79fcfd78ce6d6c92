package com.candidatesearch.shortlist;

import java.util.Optional;

import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.candidate.TestProfiles;
import com.candidatesearch.web.ImportPageSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ShortlistController.class)
@ImportPageSecurity
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class ShortlistControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CandidateService candidates;

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void addGoesBackToThePageItCameFromAndKeepsTheCandidateInTheSession() throws Exception {
		given(this.candidates.profile(3)).willReturn(Optional.of(TestProfiles.named(3, "Ada Lovelace")));
		this.mvc.perform(post("/shortlist/add").param("id", "3").session(this.session).with(csrf())
				.header("Referer", "http://localhost/search?q=python&page=2"))
			.andExpect(redirectedUrl("/search?q=python&page=2"))
			.andExpect(flash().attribute("message", "Ada Lovelace is on the shortlist."));
		assertThat(Shortlist.peek(this.session).tray("python").entries()).containsExactly(new Tray.Entry(3, "Ada Lovelace"));
	}

	@Test
	void aFullShortlistSaysSoAndTakesNoFifth() throws Exception {
		for (long id = 1; id <= 5; id++) {
			given(this.candidates.profile(id)).willReturn(Optional.of(TestProfiles.named(id, "Candidate " + id)));
			this.mvc.perform(post("/shortlist/add").param("id", String.valueOf(id)).session(this.session).with(csrf()));
		}
		Tray tray = Shortlist.peek(this.session).tray("rust OR go");
		assertThat(tray.size()).isEqualTo(4);
		assertThat(tray.compareHref()).isEqualTo("/compare?ids=1,2,3,4&q=rust%20OR%20go");
		this.mvc.perform(post("/shortlist/add").param("id", "5").session(this.session).with(csrf()))
			.andExpect(flash().attribute("message",
					"The shortlist holds 4, the most one comparison takes. Remove someone to add Candidate 5."));
	}

	@Test
	void removeTakesTheCandidateOffAndAnotherSitesRefererLeadsToSearch() throws Exception {
		Shortlist.of(this.session).add(3, "Ada");
		this.mvc.perform(post("/shortlist/remove").param("id", "3").session(this.session).with(csrf())
				.header("Referer", "https://evil.example/phish"))
			.andExpect(redirectedUrl("/search"));
		assertThat(Shortlist.peek(this.session).tray(null).isEmpty()).isTrue();
	}

	@Test
	void addWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/shortlist/add").param("id", "3")).andExpect(status().isForbidden());
	}

}

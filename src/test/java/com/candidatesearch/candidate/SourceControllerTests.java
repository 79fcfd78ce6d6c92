package com.candidatesearch.candidate;

import java.util.Map;
import java.util.Optional;

import com.candidatesearch.parse.SourceSpan;
import com.candidatesearch.web.ImportPageSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SourceController.class)
@ImportPageSecurity
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class SourceControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CandidateService candidates;

	@Test
	void marksEachFoundValueInTheTextAndTheFieldAskedFor() throws Exception {
		String text = "<b>Ada</b> Lovelace\nEngines Ltd — Engineer";
		given(this.candidates.sources(4)).willReturn(Optional.of(new CandidateSources(4, "Ada", text,
				Map.of("basics.name", new SourceSpan(0, 19, 1), "work[0].name", new SourceSpan(20, 31, 2)),
				Map.of("basics.name", "<b>Ada</b> Lovelace", "work[0].name", "Engines Ltd"))));

		this.mvc.perform(get("/candidates/4/source").param("field", "work[0].name"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<li id=\"L1\" value=\"1\"><mark>&lt;b&gt;Ada&lt;/b&gt; Lovelace</mark></li>"),
					containsString("<mark class=\"selected\">Engines Ltd</mark> — Engineer"),
					containsString("href=\"/candidates/4/source?field=work%5B0%5D.name#L2\""),
					not(containsString("<b>Ada</b>")))));
	}

	@Test
	void unknownCandidateIsNotFound() throws Exception {
		given(this.candidates.sources(9)).willReturn(Optional.empty());

		this.mvc.perform(get("/candidates/9/source")).andExpect(status().isNotFound());
	}

}

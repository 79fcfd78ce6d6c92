package com.candidatesearch.search;

import java.util.List;

import com.candidatesearch.candidate.SimilarCandidates;
import com.candidatesearch.web.WebTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchApiController.class)
@Import(WebTestConfiguration.class)
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class SearchApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CandidateSearch search;

	@MockitoBean
	private SimilarCandidates similar;

	@Test
	void similarAnswersTheCandidatesMostLikeOne() throws Exception {
		given(this.similar.similarTo(3, 5)).willReturn(
				List.of(new SimilarCandidates.Similar(9, "Grace", "Engineer", List.of("C++"))));

		this.mvc.perform(get("/api/candidates/3/similar"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					[{"id":9,"name":"Grace","label":"Engineer","reasons":["C++"]}]
					""", JsonCompareMode.STRICT));
	}

	@Test
	void answersTotalAndHitsWithEscapedMarkedHighlights() throws Exception {
		Highlight skill = new Highlight("skills.keywords", "Skills",
				"<b>" + Highlight.START + "C++" + Highlight.END + "</b> & Rust");
		given(this.search.search(SearchRequest.of("c++", 1, 10))).willReturn(
				new SearchPage("c++", 11, 1, 10, List.of(new SearchHit(4, "Ada", "Engineer", 1.5f, List.of(skill))), null));

		this.mvc.perform(get("/api/search").param("q", "c++").param("page", "1").param("size", "10"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"total":11,"page":1,"size":10,"sort":"relevance","expansions":[],"facets":{},"hits":[{"id":4,"name":"Ada","label":"Engineer","score":1.5,
					 "highlights":[{"field":"skills.keywords","html":"&lt;b&gt;<mark>C++</mark>&lt;/b&gt; &amp; Rust"}]}]}
					""", JsonCompareMode.STRICT));
	}

	@Test
	void aClientAcceptingOnlyCsvIsToldSoInProblemDetails() throws Exception {
		given(this.search.search(any()))
			.willReturn(new SearchPage("rust", 0, 1, 20, List.of(), null));

		this.mvc.perform(get("/api/search").param("q", "rust").accept("text/csv"))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Not acceptable"))
			.andExpect(jsonPath("$.detail").value(containsString("Accept application/json")));
	}

}

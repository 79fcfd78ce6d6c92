package com.candidatesearch.search;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.candidatesearch.candidate.CandidateCard;
import com.candidatesearch.candidate.CandidateService;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchController.class)
@ImportPageSecurity
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class SearchControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CandidateSearch search;

	@MockitoBean
	private CandidateService candidates;

	@Test
	void searchEscapesMarkupInNamesAndPassages() throws Exception {
		Highlight passage = new Highlight("resume.text", "Resume",
				"<img src=x onerror=alert(1)> uses " + Highlight.START + "Python" + Highlight.END + " daily");
		given(this.search.search(SearchRequest.of("python", 0, 20))).willReturn(page("python", 1, 0,
				new SearchHit(1, "<script>alert(1)</script>", "ML <b>Engineer</b>", 1f, List.of(passage))));
		given(this.candidates.cards(any())).willReturn(Map.of());
		this.mvc.perform(get("/search").param("q", "python"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)</script>")), containsString("ML &lt;b&gt;Engineer&lt;/b&gt;"),
					containsString("&lt;img src=x onerror=alert(1)&gt; uses <mark>Python</mark> daily"))));
	}

	@Test
	void hitShowsCurrentRoleSkillsAndACompareBox() throws Exception {
		given(this.search.search(SearchRequest.of("", 0, 20))).willReturn(page("", 1, 0, new SearchHit(7, "Ada Lovelace", null, 1f, List.of())));
		given(this.candidates.cards(List.of(7L)))
			.willReturn(Map.of(7L, new CandidateCard("Research Scientist", "NVIDIA",
					List.of(new CandidateCard.Skill("PyTorch", 5, YearMonth.now(), true),
							new CandidateCard.Skill("Rust", 3, YearMonth.of(2017, 6), false),
							new CandidateCard.Skill("C++", 0, null, false)))));
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 candidate, newest first"),
					containsString("<a href=\"/candidates/7\">Ada Lovelace</a>"),
					containsString("Research Scientist at NVIDIA"), containsString("<li class=\"chip\">C++</li>"),
					containsString("<li class=\"chip\">PyTorch · 5 yrs</li>"),
					containsString("<li class=\"chip\">Rust · 3 yrs, until 2017</li>"),
					containsString("<form id=\"compare-form\" method=\"get\" action=\"/compare\">"),
					containsString("<input type=\"checkbox\" name=\"ids\" value=\"7\">"))));
	}

	@Test
	void pagesKeepTheQueryAndCountFromOne() throws Exception {
		given(this.search.search(SearchRequest.of("deep learning", 1, 20))).willReturn(page("deep learning", 45, 1,
				new SearchHit(21, "Ada", null, 1f, List.of())));
		given(this.candidates.cards(any())).willReturn(Map.of());
		this.mvc.perform(get("/search").param("q", "deep learning").param("page", "2"))
			.andExpect(content().string(allOf(containsString("45 candidates match \u201Cdeep learning\u201D"),
					containsString("<ol class=\"hits\" start=\"21\">"),
					containsString("href=\"/search?q=deep%20learning\">\u2039 Previous</a>"),
					containsString("href=\"/search?q=deep%20learning&amp;page=3\">Next \u203A</a>"),
					containsString("aria-current=\"page\">2</a>"))));
	}

	@Test
	void noMatchSaysSoAndShowsTheNotice() throws Exception {
		given(this.search.search(any(SearchRequest.class)))
			.willReturn(new SearchPage("cobol", 0, 0, 20, List.of(), "Only the first 32 words of the query were used."));
		given(this.candidates.cards(any())).willReturn(Map.of());
		this.mvc.perform(get("/search").param("q", "cobol"))
			.andExpect(content().string(allOf(containsString("No candidate matches \u201Ccobol\u201D."),
					containsString("Only the first 32 words of the query were used."),
					not(containsString("compare-form")))));
	}

	private static SearchPage page(String query, long total, int page, SearchHit... hits) {
		return new SearchPage(query, total, page, 20, List.of(hits), null);
	}

}

package com.candidatesearch.compare;

import java.util.List;

import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.candidate.TestProfiles;
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
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CompareController.class)
@ImportPageSecurity
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class CompareControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CandidateService candidates;

	@Test
	void compareEscapesMarkupInTheName() throws Exception {
		given(this.candidates.profiles(List.of(1L, 2L))).willReturn(
				List.of(TestProfiles.named(1, "<script>alert(1)</script>"), TestProfiles.named(2, "Ada Lovelace")));
		this.mvc.perform(get("/compare").param("ids", "1,2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)</script>")))));
	}

	@Test
	void repeatedIdsAsTheSearchFormSendsThemWorkToo() throws Exception {
		given(this.candidates.profiles(List.of(2L, 3L, 1L))).willReturn(List.of(TestProfiles.gold(2, "001_8e724327113ee43c"),
				TestProfiles.gold(3, "002_ebfafff7a943e743"), TestProfiles.gold(1, "000_cf880338e06f109e")));
		this.mvc.perform(get("/compare").param("ids", "2", "3", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Compare 3 candidates"),
					containsString("<a href=\"/candidates/2\">Steven Walton</a>"),
					containsString("<a href=\"/candidates/3\">Maximilian Lam</a>"),
					containsString("<a href=\"/candidates/1\">Lexington Whalen</a>"),
					containsString("<li class=\"chip shared\">"))));
	}

	@Test
	void oneIdAnswers400WithTheReasonOnTheComparePage() throws Exception {
		this.mvc.perform(get("/compare").param("ids", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("<h1>Compare candidates</h1>"), containsString(
					"Choose at least 2 candidates to compare; only 1 was chosen. Tick them on the search page, or add "
							+ "them to the shortlist."))));
		then(this.candidates).shouldHaveNoInteractions();
	}

	@Test
	void fiveIdsAnswer400WithTheReasonOnTheComparePage() throws Exception {
		this.mvc.perform(get("/compare").param("ids", "1,2,3,4,5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("<h1>Compare candidates</h1>"), containsString(
					"Compare at most 4 candidates at a time; 5 were chosen. Untick some on the search page, or compare "
							+ "from the shortlist."))));
	}

	@Test
	void noIdsAnswer400() throws Exception {
		this.mvc.perform(get("/compare"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at least 2 candidates to compare; none was chosen.")));
	}

	@Test
	void idThatIsNotANumberAnswers400AndIsEscaped() throws Exception {
		this.mvc.perform(get("/compare").param("ids", "1,<b>x</b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("&quot;&lt;b&gt;x&lt;/b&gt;&quot; is not a candidate id.")));
	}

	@Test
	void unknownIdAnswers404NamingIt() throws Exception {
		given(this.candidates.profiles(List.of(1L, 9L))).willReturn(List.of(TestProfiles.named(1, "Ada")));
		this.mvc.perform(get("/compare").param("ids", "1,9"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no candidate with id 9.")));
	}

}

package com.candidatesearch.candidate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.web.ImportPageSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CorrectionController.class)
@ImportPageSecurity
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class CorrectionControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CandidateService candidates;

	@MockitoBean
	private CandidateCorrections corrections;

	@BeforeEach
	void storedCandidate() {
		ParsedResume resume = new ParsedResume(new ParsedResume.Basics("Ada", null, null, null, null, null, null, List.of()),
				List.of(new ParsedResume.Work("<i>Initech</i>", "Engineer", null, "2019-01", null, null, List.of())), null,
				null, null, null, null, null, null, null);
		given(this.candidates.profile(1)).willReturn(Optional.of(TestProfiles.of(1, resume, "cv.pdf")));
	}

	@Test
	void editFormShowsTheStoredValuesEscaped() throws Exception {
		this.mvc.perform(get("/candidates/1/edit/work/0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Correct experience entry 1 of Ada"),
					containsString("value=\"&lt;i&gt;Initech&lt;/i&gt;\""), containsString("Remove this entry"))));
	}

	@Test
	void anInvalidDateIsNotSavedAndTheFormSaysWhy() throws Exception {
		this.mvc.perform(post("/candidates/1/edit/work/0").with(csrf())
				.param("name", "Globex").param("startDate", "March 2019").param("endDate", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The correction was not saved"), containsString(
					"Start date must be written as 2021, 2021-03 or 2021-03-15; &quot;March 2019&quot; is not a date."),
					containsString("value=\"Globex\""))));
		then(this.corrections).should(never()).correct(anyLong(), any(), anyInt(), any());
	}

	@Test
	void anEndBeforeTheStartIsNotSaved() throws Exception {
		this.mvc.perform(post("/candidates/1/edit/work/0").with(csrf())
				.param("startDate", "2020-05").param("endDate", "2019"))
			.andExpect(content().string(containsString("The end date 2019 is before the start date 2020-05.")));
	}

	@Test
	void aValidCorrectionIsSavedAndTheProfileSaysSo() throws Exception {
		given(this.corrections.correct(eq(1L), eq(CorrectableSection.WORK), eq(0),
				argThat((Map<String, String> values) -> "Globex".equals(values.get("name")))))
			.willReturn(1);
		this.mvc.perform(post("/candidates/1/edit/work/0").with(csrf())
				.param("position", "Engineer").param("name", "Globex").param("startDate", "2019-01").param("endDate", ""))
			.andExpect(redirectedUrl("/candidates/1"))
			.andExpect(flash().attribute("message", "1 field was corrected and the candidate re-indexed; the correction "
					+ "is kept when the resume is parsed again."));
	}

	@Test
	void anUnknownSectionAnswers404WithWhereToGo() throws Exception {
		this.mvc.perform(get("/candidates/1/edit/hobbies/0"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Use the Edit links on the profile page.")));
	}

}

package com.candidatesearch.upload;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.candidatesearch.audit.AuditLog;
import com.candidatesearch.candidate.AuthorPosition;
import com.candidatesearch.candidate.CandidateExport;
import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.parse.ParsersBusyException;
import com.candidatesearch.parse.SourceSpan;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.web.TestAccounts;
import com.candidatesearch.web.WebTestConfiguration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CandidateApiController.class)
@Import(WebTestConfiguration.class)
class CandidateApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ResumeImporter importer;

	@MockitoBean
	private CandidateService candidates;

	@MockitoBean
	private AuditLog audit;

	@Test
	void uploadAnswersOneOutcomePerFileWithOnlyTheContractKeys() throws Exception {
		given(this.importer.importAll(anyList())).willReturn(List.of(UploadOutcome.created("a.pdf", 7),
				UploadOutcome.duplicate("b.pdf", 3), UploadOutcome.failed("c.pdf", "c.pdf is empty.")));

		this.mvc
			.perform(multipart("/api/candidates").file(file("a.pdf")).file(file("b.pdf")).file(file("c.pdf")).with(script()))
			.andExpect(status().isCreated())
			.andExpect(content().json("""
					[{"file":"a.pdf","status":"created","id":7},
					 {"file":"b.pdf","status":"duplicate","id":3},
					 {"file":"c.pdf","status":"failed","error":"c.pdf is empty."}]
					""", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void tooManyFilesIsA413WithWhatToDo() throws Exception {
		given(this.importer.importAll(anyList())).willThrow(new TooManyFilesException(101, 100));

		this.mvc.perform(multipart("/api/candidates").file(file("a.pdf")).with(script()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail")
				.value("101 files were sent at once; one upload takes at most 100. Upload them in batches of 100 or fewer."));
	}

	@Test
	void anUploadThatFindsEveryParserBusyIsA503WithRetryAfterAndTheFilesTakenIn() throws Exception {
		given(this.importer.importAll(anyList())).willThrow(new UploadBusyException(
				List.of(UploadOutcome.created("a.pdf", 7)), 2, new ParsersBusyException("busy", 12)));

		this.mvc.perform(multipart("/api/candidates").file(file("a.pdf")).file(file("b.pdf")).with(script()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "12"))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("Candidate Search is busy parsing other uploads: 1 of the 2 files were "
					+ "taken in (listed); upload the other file again in 12 seconds."))
			.andExpect(jsonPath("$.takenIn[0].file").value("a.pdf"))
			.andExpect(jsonPath("$.takenIn[0].status").value("created"))
			.andExpect(jsonPath("$.takenIn[0].id").value(7));
	}

	@Test
	void uploadWithoutFilesSaysWhichFieldToUse() throws Exception {
		this.mvc.perform(multipart("/api/candidates").with(script()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("No files were sent: attach one or more resumes in the multipart field \"files\"."));
	}

	@Test
	void getAnswersTheCandidateInTheContractShapeWithoutEmptyValues() throws Exception {
		ParsedResume resume = new ParsedResume(
				new ParsedResume.Basics("Ada Lovelace", null, "ada@example.org", null, null, null, null, null),
				List.of(new ParsedResume.Work("Engines Ltd", "Engineer", null, "2020-01", null, null, List.of())),
				null, List.of(new ParsedResume.SkillGroup("Skills", List.of("C++"))), null, null, null, null, null,
				null);
		given(this.candidates.exportWithMeta(5)).willReturn(Optional.of(new CandidateExport(resume,
				new CandidateExport.Meta(List.of("no e-mail address found", "1 line could not be placed in a section: “Chess”."),
						List.of("Chess"), List.of(new CandidateExport.PublicationMeta(0, AuthorPosition.FIRST)),
						Map.of("basics.name", new SourceSpan(0, 12, 1))))));

		this.mvc.perform(get("/api/candidates/5").with(script())).andExpect(status().isOk()).andExpect(content().json("""
				{"basics":{"name":"Ada Lovelace","email":"ada@example.org"},
				 "work":[{"name":"Engines Ltd","position":"Engineer","startDate":"2020-01"}],
				 "skills":[{"name":"Skills","keywords":["C++"]}],
				 "meta":{"warnings":["no e-mail address found","1 line could not be placed in a section: “Chess”."],
				          "unplaced":["Chess"],"publications":[{"index":0,"authorPosition":"FIRST"}],
				          "sources":{"basics.name":{"start":0,"end":12,"line":1}}}}
				""", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void getUnknownCandidateIsNotFound() throws Exception {
		given(this.candidates.exportWithMeta(9)).willReturn(Optional.empty());

		this.mvc.perform(get("/api/candidates/9").with(script())).andExpect(status().isNotFound());
	}

	@Test
	void deleteRidingOnASessionWithoutTheCsrfTokenChangesNothing() throws Exception {
		this.mvc.perform(delete("/api/candidates/5").with(user("recruiter").roles("RECRUITER")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Request refused"));
		then(this.candidates).shouldHaveNoInteractions();
	}

	@Test
	void deleteRidingOnASessionWithTheCsrfTokenIsAccepted() throws Exception {
		given(this.candidates.delete(5)).willReturn(true);

		this.mvc.perform(delete("/api/candidates/5").with(user("recruiter").roles("RECRUITER")).with(csrf()))
			.andExpect(status().isNoContent());
	}

	@Test
	void basicCredentialsACrossSitePageMadeTheBrowserResendNeedTheCsrfToken() throws Exception {
		this.mvc.perform(delete("/api/candidates/5").with(script()).header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden());
		then(this.candidates).shouldHaveNoInteractions();
	}

	@Test
	void basicCredentialsWithASessionCookieButNoSecFetchSiteNeedTheCsrfToken() throws Exception {
		// An older browser resending cached Basic credentials, with its session cookie, says nothing of the site.
		this.mvc.perform(delete("/api/candidates/5").with(script()).cookie(new Cookie("JSESSIONID", "abc123")))
			.andExpect(status().isForbidden());
		then(this.candidates).shouldHaveNoInteractions();
	}

	@Test
	void basicCredentialsWithoutSessionOrSecFetchSiteNeedNoCsrfToken() throws Exception {
		given(this.candidates.delete(5)).willReturn(true);

		this.mvc.perform(delete("/api/candidates/5").with(script())).andExpect(status().isNoContent());
	}

	@Test
	void aScriptKeepingItsSessionCookieSaysSecFetchSiteNone() throws Exception {
		given(this.candidates.delete(5)).willReturn(true);

		this.mvc.perform(delete("/api/candidates/5").with(script()).cookie(new Cookie("JSESSIONID", "abc123"))
				.header("Sec-Fetch-Site", "none"))
			.andExpect(status().isNoContent());
	}

	/** A script: HTTP Basic on every request, no session, no CSRF token. */
	private static RequestPostProcessor script() {
		return httpBasic("recruiter", TestAccounts.PASSWORD);
	}

	@Test
	void deleteAnswersNoContentOrNotFound() throws Exception {
		given(this.candidates.delete(5)).willReturn(true);

		this.mvc.perform(delete("/api/candidates/5").with(script())).andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/candidates/6").with(script())).andExpect(status().isNotFound());
	}

	@Test
	void nonNumericIdIsABadRequestWithAMessage() throws Exception {
		this.mvc.perform(get("/api/candidates/abc").with(script()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The parameter \"id\" is missing or not valid. Check the address and try again."));
	}

	private static MockMultipartFile file(String name) {
		return new MockMultipartFile("files", name, "application/pdf", new byte[] { 1, 2, 3 });
	}

	@Test
	void anUploadThatIsNotMultipartIsA415SayingWhatToSend() throws Exception {
		for (String type : List.of("application/json", "text/plain")) {
			this.mvc.perform(post("/api/candidates").contentType(type).content("{}").with(script()))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.detail").value("This address does not take " + type
						+ ". Send multipart/form-data, with the resumes in the field \"files\"."));
		}
	}

}

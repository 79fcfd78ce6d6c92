package com.candidatesearch.version;

import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.candidatesearch.candidate.CandidateVersionAccepted;
import com.candidatesearch.candidate.CandidateVersions;
import com.candidatesearch.candidate.HeldUpload;
import com.candidatesearch.candidate.PendingVersionNotFoundException;
import com.candidatesearch.candidate.VersionHistory;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.web.ImportPageSecurity;
import com.candidatesearch.web.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ VersionController.class, VersionApiController.class })
@WithMockUser(username = "recruiter", roles = "RECRUITER")
@ImportPageSecurity
class VersionControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CandidateVersions versions;

	@Test
	void aVersionsFileMissingFromDiskAnswers404WithWhatToDo() throws Exception {
		given(this.versions.versionFile(4, 9)).willThrow(new NoSuchFileException("files/cd/cd34"));

		this.mvc.perform(get("/candidates/4/versions/9/original"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("The file of version 9 is missing from the data folder."),
					containsString("Restore the data folder from a backup."), not(containsString("files/cd")))));
	}

	@Test
	void pageListsVersionsNewestFirstWithWhatChangedEscaped() throws Exception {
		given(this.versions.history(4)).willReturn(Optional.of(history()));

		this.mvc.perform(get("/candidates/4/versions"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Version 2 (current)"), containsString("cv-2026.pdf"),
					containsString("Basics: e-mail changed from a@x.org to b@y.com"),
					containsString("Skills: added &lt;script&gt;"), not(containsString("<script>")),
					containsString("/candidates/4/versions/9/original"))));
	}

	@Test
	void acceptingOnThePageRedirectsToTheVersionsWithWhatHappened() throws Exception {
		given(this.versions.accept(4, 11)).willReturn(new CandidateVersionAccepted(4, 9, "cv-2026.pdf", "ab", 1, Instant.now()));

		this.mvc.perform(post("/candidates/4/versions/11").with(csrf()))
			.andExpect(redirectedUrl("/candidates/4/versions"))
			.andExpect(flash().attribute("message",
					"cv-2026.pdf is now the current version. 1 correction(s) no longer apply to it and were set aside."));
	}

	@Test
	void apiAcceptsKeepsApartAndListsVersions() throws Exception {
		given(this.versions.accept(4, 11)).willReturn(new CandidateVersionAccepted(4, 9, "cv.pdf", "ab", 0, Instant.now()));
		given(this.versions.keepSeparate(4, 12)).willReturn(20L);
		given(this.versions.history(4)).willReturn(Optional.of(history()));

		this.mvc.perform(post("/api/candidates/4/versions/11").with(script()))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"id\":4,\"versionId\":9,\"retiredCorrections\":0}", JsonCompareMode.STRICT));
		this.mvc.perform(post("/api/candidates/4/versions/12/separate").with(script()))
			.andExpect(status().isCreated())
			.andExpect(content().json("{\"status\":\"created\",\"id\":20}", JsonCompareMode.STRICT));
		this.mvc.perform(get("/api/candidates/4/versions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].versionId").value(9))
			.andExpect(jsonPath("$[1].current").value(true))
			.andExpect(jsonPath("$[1].changes[0]").value("Basics: e-mail changed from a@x.org to b@y.com"));
	}

	@Test
	void aHeldUploadDecidedOnAlreadyIsA404WithWhatToDo() throws Exception {
		given(this.versions.accept(4, 11)).willThrow(new PendingVersionNotFoundException(4, 11));

		this.mvc.perform(post("/api/candidates/4/versions/11").with(script()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no upload 11 waiting to update candidate 4. It was decided "
					+ "on already, or discarded after 14 days; upload the file again."));
	}

	@Test
	void pageListsHeldUploadsWithTheirThreeAnswers() throws Exception {
		given(this.versions.history(4)).willReturn(Optional.of(history()));
		given(this.versions.heldUploads(4)).willReturn(List.of(new HeldUpload(11, "cv-<2027>.pdf",
				Instant.parse("2026-11-20T09:30:00Z"), List.of("same phone", "same GitHub profile"))));

		this.mvc.perform(get("/candidates/4/versions"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Waiting for a decision"), containsString("cv-&lt;2027&gt;.pdf"),
					containsString("uploaded 2026-11-20 09:30 UTC"),
					containsString("Looks like a new version: same phone, same GitHub profile"),
					containsString("action=\"/candidates/4/versions/11\""),
					containsString("action=\"/candidates/4/versions/11/separate\""),
					containsString("action=\"/candidates/4/versions/11/discard\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void discardingOnThePageNeedsTheFormsTokenAndLeavesTheCandidate() throws Exception {
		given(this.versions.discard(4, 11)).willReturn(true);

		this.mvc.perform(post("/candidates/4/versions/11/discard")).andExpect(status().isForbidden());
		verify(this.versions, never()).discard(4, 11);
		this.mvc.perform(post("/candidates/4/versions/11/discard").with(csrf()))
			.andExpect(redirectedUrl("/candidates/4/versions"))
			.andExpect(flash().attribute("message", "The held upload was discarded; the candidate is unchanged."));
		verify(this.versions).discard(4, 11);
		this.mvc.perform(post("/candidates/4/versions/12/discard").with(csrf())).andExpect(status().isNotFound());
	}

	private static VersionHistory history() {
		ParsedResume first = resume("a@x.org", List.of("Java"));
		ParsedResume second = resume("b@y.com", List.of("Java", "<script>"));
		return new VersionHistory(4, "Ada Lovelace",
				List.of(new VersionHistory.Version(9L, "cv-2025.txt", "text/plain", 10, Instant.parse("2025-01-01T00:00:00Z"), first),
						new VersionHistory.Version(null, "cv-2026.pdf", "application/pdf", 20,
								Instant.parse("2026-01-01T00:00:00Z"), second)));
	}

	private static ParsedResume resume(String email, List<String> skills) {
		return new ParsedResume(new ParsedResume.Basics("Ada Lovelace", null, email, null, null, null, null, List.of()),
				null, null, List.of(new ParsedResume.SkillGroup("Skills", skills)), null, null, null, null, null, null);
	}


	/** A script: HTTP Basic on every request, no session, no CSRF token. */
	private static RequestPostProcessor script() {
		return httpBasic("recruiter", TestAccounts.PASSWORD);
	}

}

package com.candidatesearch.upload;

import java.util.List;

import com.candidatesearch.candidate.HeldVersion;
import com.candidatesearch.parse.ParsersBusyException;
import com.candidatesearch.web.ImportPageSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(UploadController.class)
@ImportPageSecurity
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class UploadControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ResumeImporter importer;

	@Test
	void formPostsMultipleFilesOfTheSupportedTypes() throws Exception {
		this.mvc.perform(get("/upload"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\" action=\"/upload\""),
					containsString("name=\"files\" multiple required"),
					containsString("accept=\".pdf,.docx,.doc,.odt,.rtf,.html,.htm,.md,.txt,.json\""),
					containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">"))));
	}

	@Test
	void uploadWithoutJavaScriptListsWhatBecameOfEachFile() throws Exception {
		given(this.importer.importAll(any())).willReturn(List.of(UploadOutcome.created("ada.pdf", 7),
				UploadOutcome.duplicate("ada-copy.pdf", 7),
				UploadOutcome.failed("<b>broken</b>.pdf", "<b>broken</b>.pdf is encrypted; upload an unlocked copy.")));
		this.mvc.perform(multipart("/upload").file(pdf("ada.pdf")).file(pdf("ada-copy.pdf"))
				.file(pdf("<b>broken</b>.pdf")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 created, 1 already uploaded, 1 failed"),
					containsString("<td class=\"file\">ada.pdf</td>"), containsString("<a href=\"/candidates/7\">Open the candidate</a>"),
					containsString("<a href=\"/candidates/7\">Open the existing candidate</a>"),
					containsString("&lt;b&gt;broken&lt;/b&gt;.pdf is encrypted; upload an unlocked copy."))));
	}

	@Test
	void aHeldUploadIsOfferedWithItsThreeAnswersEachAFormWithTheToken() throws Exception {
		given(this.importer.importAll(any())).willReturn(List.of(UploadOutcome.version("again.txt",
				new HeldVersion(11, 4, "Ada <Lovelace>", List.of("same phone"), "cv-2026.txt"))));
		this.mvc.perform(multipart("/upload").file(pdf("again.txt")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("0 created, 0 already uploaded, 1 new version to decide on"),
					containsString("Looks like a new version of Ada &lt;Lovelace&gt; (same phone); held already as cv-2026.txt"),
					containsString("<form method=\"post\" action=\"/candidates/4/versions/11\">"),
					containsString("<form method=\"post\" action=\"/candidates/4/versions/11/separate\">"),
					containsString("<form method=\"post\" action=\"/candidates/4/versions/11/discard\">"),
					containsString("<button type=\"submit\" class=\"danger\">Discard</button>"),
					containsString("name=\"_csrf\""))));
	}

	@Test
	void aBusyUploadShowsThePageSayingWhenToTryAgainAndWhatWasTakenIn() throws Exception {
		given(this.importer.importAll(any())).willThrow(new UploadBusyException(List.of(UploadOutcome.created("ada.pdf", 7)),
				2, new ParsersBusyException("busy", 30)));

		this.mvc.perform(multipart("/upload").file(pdf("ada.pdf")).file(pdf("grace.pdf")).with(csrf()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(allOf(containsString("<p class=\"notice\">Candidate Search is busy parsing other "
					+ "uploads: 1 of the 2 files were taken in (listed); upload the other file again in 30 seconds.</p>"),
					containsString("<td class=\"file\">ada.pdf</td>"), containsString("name=\"files\" multiple required"))));
	}

	@Test
	void uploadWithNoFileChosenAsksForOne() throws Exception {
		this.mvc.perform(multipart("/upload").file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No file was chosen. Choose one or more resumes, then press Upload.")));
		then(this.importer).shouldHaveNoInteractions();
	}

	@Test
	void uploadWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(multipart("/upload").file(pdf("ada.pdf"))).andExpect(status().isForbidden());
		then(this.importer).shouldHaveNoInteractions();
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("files", name, "application/pdf", "%PDF-1.7".getBytes());
	}

}

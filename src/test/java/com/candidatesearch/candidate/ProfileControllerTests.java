package com.candidatesearch.candidate;

import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProfileController.class)
@ImportPageSecurity
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class ProfileControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CandidateService candidates;

	@MockitoBean
	private AuditLog audit;

	@MockitoBean
	private SimilarCandidates similar;

	@MockitoBean
	private CandidateCorrections corrections;

	@Test
	void profileShowsParseWarningsForTheRecruiterToCheck() throws Exception {
		CandidateProfile named = TestProfiles.named(3, "Ada Lovelace");
		given(this.candidates.profile(3)).willReturn(Optional.of(new CandidateProfile(3, named.resume(), named.file(),
				List.of("No e-mail address found.", "2 lines could not be placed in a section."))));

		this.mvc.perform(get("/candidates/3"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Check this profile"),
					containsString("<li>No e-mail address found.</li>"),
					containsString("<li>2 lines could not be placed in a section.</li>"))));
	}

	@Test
	void profileListsEveryUnplacedLineEscaped() throws Exception {
		CandidateProfile named = TestProfiles.named(4, "Ada Lovelace");
		List<String> lines = List.of("Chess", "<script>alert(1)</script>", "Long-distance running");
		given(this.candidates.profile(4)).willReturn(Optional.of(new CandidateProfile(4, named.resume(), named.file(),
				List.of("3 lines could not be placed in a section: “Chess” and 2 more."), lines)));

		this.mvc.perform(get("/candidates/4"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Every line not placed (3)"), containsString("<li>Chess</li>"),
					containsString("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>"),
					containsString("<li>Long-distance running</li>"))))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void profileListsSimilarCandidatesWithWhatTheyShare() throws Exception {
		given(this.candidates.profile(1)).willReturn(Optional.of(TestProfiles.named(1, "Ada Lovelace")));
		given(this.similar.similarTo(1, ProfileController.SIMILAR)).willReturn(List.of(
				new SimilarCandidates.Similar(8, "Grace <b>Hopper</b>", "Compiler Engineer", List.of("C++", "Rust"))));

		this.mvc.perform(get("/candidates/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Similar candidates"),
					containsString("href=\"/candidates/8\">Grace &lt;b&gt;Hopper&lt;/b&gt;</a>"),
					containsString("Shares C++, Rust"))));
	}

	@Test
	void profileEscapesMarkupInTheName() throws Exception {
		given(this.candidates.profile(1)).willReturn(Optional.of(TestProfiles.named(1, "<script>alert(1)</script>")));
		this.mvc.perform(get("/candidates/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void profileShowsEverySectionOfAFullParse() throws Exception {
		given(this.candidates.profile(2)).willReturn(Optional.of(TestProfiles.gold(2, "001_8e724327113ee43c")));
		this.mvc.perform(get("/candidates/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Steven Walton</h1>"), containsString("Experience"),
					containsString("Education"), containsString("Skills"), containsString("Publications (13)"),
					containsString("Awards"), containsString("Teaching"),
					containsString("href=\"mailto:resume@swalton.ai\""),
					containsString("href=\"https://github.com/stevenwalton\""))));
	}

	@Test
	void profilePrintsOngoingJobsAsPresent() throws Exception {
		ParsedResume resume = new ParsedResume(null,
				List.of(new ParsedResume.Work("NVIDIA", "Research Scientist", null, "2021-01", null, null, null)), null,
				null, null, null, null, null, null, null);
		given(this.candidates.profile(3)).willReturn(Optional.of(TestProfiles.of(3, resume, "cv.pdf")));
		this.mvc.perform(get("/candidates/3"))
			.andExpect(content().string(allOf(containsString("2021-01 \u2013 present"),
					containsString("Research Scientist"), containsString("NVIDIA"))));
	}

	@Test
	void profileLinksOnlyWebAddresses() throws Exception {
		ParsedResume.Basics basics = new ParsedResume.Basics("Ada", null, null, null, "javascript:alert(1)", null, null,
				List.of(new ParsedResume.Profile("GitHub", "ada", "https://github.com/ada")));
		given(this.candidates.profile(4)).willReturn(Optional.of(TestProfiles.of(4,
				new ParsedResume(basics, null, null, null, null, null, null, null, null, null), "cv.pdf")));
		this.mvc.perform(get("/candidates/4"))
			.andExpect(content().string(allOf(not(containsString("href=\"javascript:")),
					containsString("<span>javascript:alert(1)</span>"),
					containsString("href=\"https://github.com/ada\""))));
	}

	@Test
	void unknownCandidateAnswers404WithMessage() throws Exception {
		given(this.candidates.profile(404)).willReturn(Optional.empty());
		this.mvc.perform(get("/candidates/404"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Candidate not found"), containsString(
					"There is no candidate with id 404. It may have been deleted; search for the candidate again."))));
	}

	@Test
	void originalDownloadsAsAttachmentWithACleanName() throws Exception {
		byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
		given(this.candidates.profile(5)).willReturn(Optional.of(TestProfiles.named(5, "Ada Lovelace")));
		given(this.candidates.original(5))
			.willReturn(Optional.of(new StoredFile("../Ada \"CV\"\r\n.pdf", "application/pdf", pdf)));
		this.mvc.perform(get("/candidates/5/original"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"Ada_CV_.pdf\"")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(pdf));
		then(this.audit).should()
			.record(AuditAction.DOWNLOAD, 5L, "Ada Lovelace", "downloaded: ../Ada \"CV\"\r\n.pdf");
	}

	@Test
	void inlineOriginalIsAPdfThatCanRunNothing() throws Exception {
		byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
		given(this.candidates.profile(5)).willReturn(Optional.of(TestProfiles.named(5, "Ada Lovelace")));
		given(this.candidates.original(5)).willReturn(Optional.of(new StoredFile("cv.pdf", "application/pdf", pdf)));
		this.mvc.perform(get("/candidates/5/original").param("inline", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline; filename=\"cv.pdf\"")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().stringValues("Content-Security-Policy", org.hamcrest.Matchers.hasItem("sandbox")));
	}

	@Test
	void inlineIsIgnoredForAnythingButPdf() throws Exception {
		byte[] html = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
		given(this.candidates.profile(5)).willReturn(Optional.of(TestProfiles.named(5, "Ada Lovelace")));
		given(this.candidates.original(5)).willReturn(Optional.of(new StoredFile("cv.html", "text/html", html)));
		this.mvc.perform(get("/candidates/5/original").param("inline", "true"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"cv.html\"")));
	}

	@Test
	void originalOtherThanPdfIsShownAsItsExtractedTextEscaped() throws Exception {
		CandidateProfile named = TestProfiles.named(5, "Ada");
		given(this.candidates.profile(5)).willReturn(Optional.of(new CandidateProfile(5, named.resume(),
				new CandidateProfile.OriginalFile("cv.html", "text/html", 10, "ab", null))));
		given(this.candidates.extractedText(5)).willReturn(Optional.of("Ada <b>Lovelace</b>"));
		this.mvc.perform(get("/candidates/5/view"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ada &lt;b&gt;Lovelace&lt;/b&gt;</pre>"),
					not(containsString("<iframe")))));
	}

	@Test
	void timelineOnTheProfileEscapesResumeText() throws Exception {
		ParsedResume resume = new ParsedResume(new ParsedResume.Basics("Ada", null, null, null, null, null, null, List.of()),
				List.of(new ParsedResume.Work("<b>Initech</b>", "Engineer", null, "2019-01", null, null, List.of())), null,
				null, null, null, null, null, null, null);
		given(this.candidates.profile(4)).willReturn(Optional.of(TestProfiles.of(4, resume, "cv.pdf")));
		this.mvc.perform(get("/candidates/4"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg"),
					containsString("Engineer, &lt;b&gt;Initech&lt;/b&gt;: 2019-01 – present</title>"),
					not(containsString("<b>Initech</b>")))));
	}

	@Test
	void originalMissingFromDiskAnswers404WithWhatToDo() throws Exception {
		given(this.candidates.profile(6)).willReturn(Optional.of(TestProfiles.named(6, "Ada Lovelace")));
		given(this.candidates.original(6)).willThrow(new NoSuchFileException("files/ab/ab12"));
		this.mvc.perform(get("/candidates/6/original"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("The original file of candidate 6 is missing")));
	}

	@Test
	void deleteRedirectsToSearchWithAMessage() throws Exception {
		given(this.candidates.profile(7)).willReturn(Optional.of(TestProfiles.named(7, "Ada Lovelace")));
		this.mvc.perform(post("/candidates/7/delete").with(csrf()))
			.andExpect(redirectedUrl("/search"))
			.andExpect(flash().attribute("message", "Ada Lovelace was deleted, with the uploaded file."));
		then(this.candidates).should().delete(7);
	}

	@Test
	void deleteWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/candidates/7/delete")).andExpect(status().isForbidden());
		then(this.candidates).shouldHaveNoInteractions();
	}

}

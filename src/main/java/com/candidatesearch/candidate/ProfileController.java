package com.candidatesearch.candidate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The profile page of one candidate, the download of the original, and deleting the candidate. */
@Controller
class ProfileController {

	private static final int MAX_FILE_NAME = 150;

	static final int SIMILAR = 5;

	private final CandidateService candidates;

	private final SimilarCandidates similar;

	ProfileController(CandidateService candidates, SimilarCandidates similar) {
		this.candidates = candidates;
		this.similar = similar;
	}

	@GetMapping("/candidates/{id}")
	String show(@PathVariable long id, Model model) {
		CandidateProfile profile = this.candidates.profile(id).orElseThrow(() -> new CandidateNotFoundException(id));
		model.addAttribute("profile", ProfileView.of(profile));
		model.addAttribute("similar", this.similar.similarTo(id, SIMILAR));
		return "candidate/profile";
	}

	@GetMapping("/candidates/{id}/original")
	ResponseEntity<byte[]> original(@PathVariable long id) throws IOException {
		StoredFile file;
		try {
			file = this.candidates.original(id).orElseThrow(() -> new CandidateNotFoundException(id));
		}
		catch (NoSuchFileException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"The original file of candidate " + id + " is missing from the data folder. Restore the data "
							+ "folder from a backup, or upload the resume again.");
			problem.setTitle("Original file missing");
			throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, ex);
		}
		return ResponseEntity.ok()
			.contentType(mediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(downloadName(file.fileName()), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	@PostMapping("/candidates/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		CandidateProfile profile = this.candidates.profile(id).orElseThrow(() -> new CandidateNotFoundException(id));
		this.candidates.delete(id);
		redirect.addFlashAttribute("message", profile.displayName() + " was deleted, with the uploaded file.");
		return "redirect:/search";
	}

	/** The stored media type, when it is a valid one; the download is an attachment either way. */
	static MediaType mediaType(String stored) {
		try {
			return stored == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(stored);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/** The uploaded name reduced to letters, digits, dots, dashes and underscores, so no header or path tricks. */
	static String downloadName(String uploaded) {
		String name = uploaded == null ? "" : uploaded.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
		name = name.replaceAll("^[._]+", "");
		if (name.length() > MAX_FILE_NAME) {
			name = name.substring(name.length() - MAX_FILE_NAME);
			name = Character.isLowSurrogate(name.charAt(0)) ? name.substring(1) : name;
		}
		return name.isEmpty() ? "resume" : name;
	}

}

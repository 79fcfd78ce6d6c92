package com.candidatesearch.candidate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The profile page of one candidate, the download of the original, and deleting the candidate. */
@Controller
class ProfileController {

	static final int SIMILAR = 5;

	private final CandidateService candidates;

	private final SimilarCandidates similar;

	private final CandidateCorrections corrections;

	private final AuditLog audit;

	ProfileController(CandidateService candidates, SimilarCandidates similar, CandidateCorrections corrections,
			AuditLog audit) {
		this.candidates = candidates;
		this.similar = similar;
		this.corrections = corrections;
		this.audit = audit;
	}

	@GetMapping("/candidates/{id}")
	String show(@PathVariable long id, Model model) {
		CandidateProfile profile = this.candidates.profile(id).orElseThrow(() -> new CandidateNotFoundException(id));
		model.addAttribute("profile", ProfileView.of(profile));
		model.addAttribute("warnings", profile.warnings());
		model.addAttribute("unplaced", profile.unplaced());
		model.addAttribute("similar", this.similar.similarTo(id, SIMILAR));
		model.addAttribute("timeline", Timeline.of(profile.resume()));
		model.addAttribute("corrections", this.corrections.of(id).stream().map(CorrectionNote::of).toList());
		return "candidate/profile";
	}

	/** The original in the browser: a PDF in a frame, any other format as the text extracted from it. */
	@GetMapping("/candidates/{id}/view")
	String view(@PathVariable long id, Model model) {
		CandidateProfile profile = this.candidates.profile(id).orElseThrow(() -> new CandidateNotFoundException(id));
		boolean pdf = MediaType.APPLICATION_PDF_VALUE.equals(profile.file().mediaType());
		model.addAttribute("profile", ProfileView.of(profile));
		model.addAttribute("pdf", pdf);
		model.addAttribute("text", pdf ? null : this.candidates.extractedText(id).orElse(""));
		return "candidate/original";
	}

	/**
	 * The uploaded file: a download, or with {@code inline=true} a PDF shown in the browser. Only a
	 * PDF is ever inline, with its exact type, no sniffing and a sandbox, so nothing in it can run
	 * as this site. Either way it is audited: the original holds everything the candidate sent.
	 */
	@GetMapping("/candidates/{id}/original")
	ResponseEntity<byte[]> original(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline)
			throws IOException {
		CandidateProfile profile = this.candidates.profile(id).orElseThrow(() -> new CandidateNotFoundException(id));
		StoredFile file;
		try {
			file = this.candidates.original(id).orElseThrow(() -> new CandidateNotFoundException(id));
		}
		catch (NoSuchFileException ex) {
			throw new StoredFileMissingException("The original file of candidate " + id,
					"Restore the data folder from a backup, or upload the resume again.", ex);
		}
		MediaType type = mediaType(file.mediaType());
		boolean showInline = inline && MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type);
		ContentDisposition.Builder disposition = showInline ? ContentDisposition.inline() : ContentDisposition.attachment();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(showInline ? MediaType.APPLICATION_PDF : type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(file.downloadName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff");
		if (showInline) {
			response.header("Content-Security-Policy", "sandbox");
		}
		this.audit.record(AuditAction.DOWNLOAD, id, profile.displayName(),
				(showInline ? "shown in the browser: " : "downloaded: ") + file.fileName());
		return response.body(file.bytes());
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

}

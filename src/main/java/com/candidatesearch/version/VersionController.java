package com.candidatesearch.version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

import com.candidatesearch.candidate.CandidateNotFoundException;
import com.candidatesearch.candidate.CandidateVersionAccepted;
import com.candidatesearch.candidate.CandidateVersions;
import com.candidatesearch.candidate.PendingVersionNotFoundException;
import com.candidatesearch.candidate.StoredFile;
import com.candidatesearch.candidate.StoredFileMissingException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions of a candidate's resume and what changed between them, the download of an earlier
 * version's file, and the two answers to an upload that looks like a new version.
 */
@Controller
class VersionController {

	private final CandidateVersions versions;

	VersionController(CandidateVersions versions) {
		this.versions = versions;
	}

	@GetMapping("/candidates/{id}/versions")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", VersionsView.of(this.versions.history(id).orElseThrow(() -> new CandidateNotFoundException(id)),
				this.versions.heldUploads(id)));
		return "version/versions";
	}

	@PostMapping("/candidates/{id}/versions/{pendingId}")
	String accept(@PathVariable long id, @PathVariable long pendingId, RedirectAttributes redirect) {
		CandidateVersionAccepted accepted = this.versions.accept(id, pendingId);
		String retired = accepted.retiredCorrections() == 0 ? ""
				: " " + accepted.retiredCorrections() + " correction(s) no longer apply to it and were set aside.";
		redirect.addFlashAttribute("message", accepted.fileName() + " is now the current version." + retired);
		return "redirect:/candidates/" + id + "/versions";
	}

	@PostMapping("/candidates/{id}/versions/{pendingId}/separate")
	String keepSeparate(@PathVariable long id, @PathVariable long pendingId, RedirectAttributes redirect) {
		long created = this.versions.keepSeparate(id, pendingId);
		redirect.addFlashAttribute("message", "Kept as a separate candidate.");
		return "redirect:/candidates/" + created;
	}

	/** Drops a held upload and its file; the candidate stays as it is. */
	@PostMapping("/candidates/{id}/versions/{pendingId}/discard")
	String discard(@PathVariable long id, @PathVariable long pendingId, RedirectAttributes redirect) {
		if (!this.versions.discard(id, pendingId)) {
			throw new PendingVersionNotFoundException(id, pendingId);
		}
		redirect.addFlashAttribute("message", "The held upload was discarded; the candidate is unchanged.");
		return "redirect:/candidates/" + id + "/versions";
	}

	/** An earlier version's file, always as a download. */
	@GetMapping("/candidates/{id}/versions/{versionId}/original")
	ResponseEntity<byte[]> original(@PathVariable long id, @PathVariable long versionId) throws IOException {
		StoredFile file;
		try {
			file = this.versions.versionFile(id, versionId).orElseThrow(() -> new CandidateNotFoundException(id));
		}
		catch (NoSuchFileException ex) {
			throw new StoredFileMissingException("The file of version " + versionId,
					"Restore the data folder from a backup.", ex);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.downloadName(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

}

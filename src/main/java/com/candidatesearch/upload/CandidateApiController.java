package com.candidatesearch.upload;

import java.util.List;

import com.candidatesearch.candidate.CandidateExport;
import com.candidatesearch.candidate.CandidateService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The JSON API for candidates: upload, export in the contract's shape (audited), delete. */
@RestController
@RequestMapping("/api/candidates")
class CandidateApiController {

	private final ResumeImporter importer;

	private final CandidateService candidates;

	CandidateApiController(ResumeImporter importer, CandidateService candidates) {
		this.importer = importer;
		this.candidates = candidates;
	}

	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<List<UploadOutcome>> upload(@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		if (files == null || files.isEmpty()) {
			throw new NoFilesException();
		}
		List<UploadOutcome> outcomes = this.importer.importAll(files);
		boolean anyCreated = outcomes.stream().anyMatch(UploadOutcome::isCreated);
		return ResponseEntity.status(anyCreated ? HttpStatus.CREATED : HttpStatus.OK).body(outcomes);
	}

	@GetMapping("/{id}")
	ResponseEntity<CandidateExport> get(@PathVariable long id) {
		return ResponseEntity.of(this.candidates.exportWithMeta(id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		return this.candidates.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

}

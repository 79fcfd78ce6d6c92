package com.candidatesearch.upload;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page. Without JavaScript the form posts here and the page lists what became of
 * each file; with it, {@code upload.js} sends each file to the JSON API and fills the list itself.
 */
@Controller
class UploadController {

	/** The same limit as {@code spring.servlet.multipart.max-file-size}, so the page can say it before sending. */
	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private final ResumeImporter importer;

	UploadController(ResumeImporter importer) {
		this.importer = importer;
	}

	@GetMapping("/upload")
	String form(Model model) {
		model.addAttribute("maxFileBytes", MAX_FILE_BYTES);
		return "upload/upload";
	}

	@PostMapping("/upload")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			HttpServletResponse response) {
		model.addAttribute("maxFileBytes", MAX_FILE_BYTES);
		// A form submitted with no file chosen still sends one empty part without a name.
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(file -> !(file.isEmpty() && isBlank(file.getOriginalFilename()))).toList();
		if (chosen.isEmpty()) {
			model.addAttribute("problem", "No file was chosen. Choose one or more resumes, then press Upload.");
			return "upload/upload";
		}
		List<UploadOutcome> outcomes;
		try {
			outcomes = this.importer.importAll(chosen);
		}
		catch (UploadBusyException busy) {
			// The page itself, saying what to do, rather than an error page: the form is right there.
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
			model.addAttribute("problem", busy.getMessage());
			outcomes = busy.takenIn();
			if (outcomes.isEmpty()) {
				return "upload/upload";
			}
		}
		model.addAttribute("outcomes", outcomes);
		model.addAttribute("tally", Tally.of(outcomes));
		return "upload/upload";
	}

	private static boolean isBlank(String name) {
		return name == null || name.isBlank();
	}

	/**
	 * How a batch went, in one line.
	 *
	 * @param created how many new candidates
	 * @param duplicates how many files were already uploaded
	 * @param versions how many look like new versions of stored candidates, waiting for a decision
	 * @param failed how many could not be taken in
	 */
	record Tally(long created, long duplicates, long versions, long failed) {

		static Tally of(List<UploadOutcome> outcomes) {
			return new Tally(outcomes.stream().filter(UploadOutcome::isCreated).count(),
					outcomes.stream().filter(UploadOutcome::isDuplicate).count(),
					outcomes.stream().filter(UploadOutcome::isVersion).count(),
					outcomes.stream().filter(UploadOutcome::isFailed).count());
		}

		@Override
		public String toString() {
			String versions = this.versions == 0 ? ""
					: this.versions + (this.versions == 1 ? " new version" : " new versions") + " to decide on, ";
			return this.created + " created, " + this.duplicates + " already uploaded, " + versions + this.failed
					+ " failed";
		}

	}

}

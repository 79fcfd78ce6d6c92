package com.candidatesearch.version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.candidate.CandidateNotFoundException;
import com.candidatesearch.candidate.CandidateVersionAccepted;
import com.candidatesearch.candidate.CandidateVersions;
import com.candidatesearch.candidate.VersionHistory;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for versions: the answers to an upload held as a likely new version, and the history. */
@RestController
@RequestMapping("/api/candidates/{id}/versions")
class VersionApiController {

	private final CandidateVersions versions;

	VersionApiController(CandidateVersions versions) {
		this.versions = versions;
	}

	/** Updates the candidate with the held upload. */
	@PostMapping("/{pendingId}")
	Accepted accept(@PathVariable long id, @PathVariable long pendingId) {
		CandidateVersionAccepted accepted = this.versions.accept(id, pendingId);
		return new Accepted(id, accepted.versionId(), accepted.retiredCorrections());
	}

	/** Stores the held upload as a candidate of its own; answers as the upload would have. */
	@PostMapping("/{pendingId}/separate")
	ResponseEntity<Separate> keepSeparate(@PathVariable long id, @PathVariable long pendingId) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new Separate("created", this.versions.keepSeparate(id, pendingId)));
	}

	/** Drops the held upload and its file. */
	@DeleteMapping("/{pendingId}")
	ResponseEntity<Void> discard(@PathVariable long id, @PathVariable long pendingId) {
		return this.versions.discard(id, pendingId) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	/** Every version, oldest first, each with what changed since the one before. */
	@GetMapping
	List<Version> history(@PathVariable long id) {
		VersionHistory history = this.versions.history(id).orElseThrow(() -> new CandidateNotFoundException(id));
		List<Version> answer = new ArrayList<>();
		List<VersionHistory.Version> all = history.versions();
		for (int i = 0; i < all.size(); i++) {
			VersionHistory.Version version = all.get(i);
			List<String> changes = i == 0 ? List.of()
					: ResumeDiff.between(all.get(i - 1).resume(), version.resume())
						.stream()
						.flatMap(section -> section.lines().stream())
						.toList();
			answer.add(new Version(version.versionId(), version.fileName(), version.uploadedAt(), version.current(), changes));
		}
		return answer;
	}

	/**
	 * @param id the candidate, now holding the new version
	 * @param versionId the kept earlier version
	 * @param retiredCorrections how many corrections no longer apply to the new version
	 */
	record Accepted(long id, long versionId, int retiredCorrections) {
	}

	/**
	 * @param status always {@code created}
	 * @param id the new candidate
	 */
	record Separate(String status, long id) {
	}

	/**
	 * @param versionId the kept version's id; absent for the current one
	 * @param file the file it came from
	 * @param uploadedAt when
	 * @param current whether it is the profile as it stands
	 * @param changes what changed since the version before, "Work: added …"
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Version(Long versionId, String file, Instant uploadedAt, boolean current, List<String> changes) {
	}

}

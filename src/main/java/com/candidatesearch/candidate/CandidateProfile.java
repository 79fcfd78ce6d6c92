package com.candidatesearch.candidate;

import java.time.Instant;
import java.util.List;

import com.candidatesearch.parse.ParsedResume;

/**
 * A stored candidate as the pages show it: the resume in the contract's shape and the file it came from.
 *
 * @param id the candidate's id
 * @param resume everything parsed from the resume
 * @param file the uploaded original
 * @param warnings what the parser could not place or find, for the recruiter to check
 */
public record CandidateProfile(long id, ParsedResume resume, OriginalFile file, List<String> warnings) {

	public CandidateProfile {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	public CandidateProfile(long id, ParsedResume resume, OriginalFile file) {
		this(id, resume, file, List.of());
	}

	/** The display name: the parsed name, or the file name when the resume printed none. */
	public String displayName() {
		return this.resume.name() != null ? this.resume.name() : this.file.fileName();
	}

	/**
	 * What is known of the uploaded original.
	 *
	 * @param fileName the name it was uploaded under
	 * @param mediaType the media type detected from its bytes
	 * @param sizeBytes its size
	 * @param sha256 the SHA-256 of its bytes, in hex
	 * @param uploadedAt when it was uploaded
	 */
	public record OriginalFile(String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {
	}

}

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
 * @param unplaced every line of the resume no part of the parse took
 */
public record CandidateProfile(long id, ParsedResume resume, OriginalFile file, List<String> warnings,
		List<String> unplaced) {

	public CandidateProfile {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
		unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
	}

	public CandidateProfile(long id, ParsedResume resume, OriginalFile file, List<String> warnings) {
		this(id, resume, file, warnings, List.of());
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

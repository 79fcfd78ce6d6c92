package com.candidatesearch.candidate;

import java.time.Instant;
import java.util.List;

import com.candidatesearch.parse.ParsedResume;

/**
 * Every version of a candidate's resume, oldest first; the last is the profile as it stands.
 *
 * @param candidateId the candidate
 * @param name the candidate's display name
 * @param versions the versions, oldest first
 */
public record VersionHistory(long candidateId, String name, List<Version> versions) {

	public VersionHistory {
		versions = List.copyOf(versions);
	}

	/**
	 * One version.
	 *
	 * @param versionId the kept version's id, {@code null} for the current one
	 * @param fileName the file it came from
	 * @param mediaType the file's media type
	 * @param sizeBytes the file's size
	 * @param uploadedAt when the file was uploaded
	 * @param resume the profile of this version as the recruiters saw it
	 */
	public record Version(Long versionId, String fileName, String mediaType, long sizeBytes, Instant uploadedAt,
			ParsedResume resume) {

		public boolean current() {
			return this.versionId == null;
		}

	}

}

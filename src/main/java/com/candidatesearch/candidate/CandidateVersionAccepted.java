package com.candidatesearch.candidate;

import java.time.Instant;

/**
 * What updating a candidate with a new version of the resume did, for the page and the API to say.
 *
 * @param candidateId the candidate updated
 * @param versionId the kept earlier version, as {@code /candidates/{id}/versions} lists it
 * @param fileName the new version's file
 * @param sha256 the new version's SHA-256
 * @param retiredCorrections how many recruiters' corrections no longer apply to the new version
 * @param at when
 */
public record CandidateVersionAccepted(long candidateId, long versionId, String fileName, String sha256,
		int retiredCorrections, Instant at) {
}

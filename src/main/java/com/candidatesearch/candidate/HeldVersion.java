package com.candidatesearch.candidate;

import java.util.List;

/**
 * An upload held as a likely new version of a stored candidate's resume.
 *
 * @param pendingId the held upload, to accept or keep apart
 * @param candidateId the candidate it looks like
 * @param candidateName the candidate's name, or the file name when the resume printed none
 * @param reasons why it looks like that candidate's
 * @param fileName the name the held upload is kept under: the name of its first upload, which the
 * version takes when the candidate is updated with it
 */
public record HeldVersion(long pendingId, long candidateId, String candidateName, List<String> reasons,
		String fileName) {

	public HeldVersion {
		reasons = List.copyOf(reasons);
	}

}

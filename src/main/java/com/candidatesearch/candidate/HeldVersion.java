package com.candidatesearch.candidate;

import java.util.List;

/**
 * An upload held as a likely new version of a stored candidate's resume.
 *
 * @param pendingId the held upload, to accept or keep apart
 * @param candidateId the candidate it looks like
 * @param candidateName the candidate's name, or the file name when the resume printed none
 * @param reasons why it looks like that candidate's
 */
public record HeldVersion(long pendingId, long candidateId, String candidateName, List<String> reasons) {

	public HeldVersion {
		reasons = List.copyOf(reasons);
	}

}

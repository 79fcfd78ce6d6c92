package com.candidatesearch.candidate;

import java.time.Instant;
import java.util.List;

/**
 * An upload waiting for a recruiter's decision, as the candidate's versions page lists it.
 *
 * @param pendingId the held upload
 * @param fileName the name it was uploaded under
 * @param uploadedAt when
 * @param reasons why it looks like the candidate's
 */
public record HeldUpload(long pendingId, String fileName, Instant uploadedAt, List<String> reasons) {

	public HeldUpload {
		reasons = List.copyOf(reasons);
	}

}

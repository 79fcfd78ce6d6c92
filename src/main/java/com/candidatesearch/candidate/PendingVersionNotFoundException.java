package com.candidatesearch.candidate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A held upload was asked for that is not held for this candidate: decided on already, or discarded. */
public class PendingVersionNotFoundException extends ErrorResponseException {

	public PendingVersionNotFoundException(long candidateId, long pendingId) {
		super(HttpStatus.NOT_FOUND, problem("There is no upload " + pendingId + " waiting to update candidate "
				+ candidateId + ". It was decided on already, or discarded after "
				+ CandidateVersions.PENDING_KEPT.toDays() + " days; upload the file again."), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Upload not found");
		return problem;
	}

}

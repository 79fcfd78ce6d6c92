package com.candidatesearch.search;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A mass reindex was asked for while one is still running. */
public class ReindexRunningException extends ErrorResponseException {

	ReindexRunningException(ReindexProgress running) {
		super(HttpStatus.CONFLICT, problem(running), null);
	}

	private static ProblemDetail problem(ReindexProgress running) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A reindex started at " + running.startedAt() + " is still running (" + running.done() + " of "
						+ running.total() + " candidates). Follow it with GET /api/admin/reindex and start another "
						+ "when it is done.");
		problem.setTitle("Reindex already running");
		return problem;
	}

}

package com.candidatesearch.compare;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The compare page was asked for too few or too many candidates, or for ids that are not numbers. */
class InvalidComparisonException extends ErrorResponseException {

	InvalidComparisonException(String detail) {
		super(HttpStatus.BAD_REQUEST, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Cannot compare these candidates");
		return problem;
	}

}

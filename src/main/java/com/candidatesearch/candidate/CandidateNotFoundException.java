package com.candidatesearch.candidate;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A page asked for candidates that are not stored: never uploaded, or deleted since. */
public class CandidateNotFoundException extends ErrorResponseException {

	public CandidateNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, problem("There is no candidate with id " + id
				+ ". It may have been deleted; search for the candidate again."), null);
	}

	public CandidateNotFoundException(Collection<Long> ids) {
		super(HttpStatus.NOT_FOUND, problem("There is no candidate with id "
				+ ids.stream().map(String::valueOf).collect(Collectors.joining(", "))
				+ ". They may have been deleted; search for the candidates again."), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Candidate not found");
		return problem;
	}

}

package com.candidatesearch.candidate;

import java.nio.file.NoSuchFileException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A file the database lists but the data folder no longer holds: answered as 404 with what was
 * lost and how to get it back, for the profile's original and for every earlier version's file.
 */
public class StoredFileMissingException extends ErrorResponseException {

	/**
	 * @param which the file, as a sentence's subject: "The original file of candidate 12"
	 * @param remedy what the operator or recruiter can do
	 */
	public StoredFileMissingException(String which, String remedy, NoSuchFileException cause) {
		super(HttpStatus.NOT_FOUND, problem(which + " is missing from the data folder. " + remedy), cause);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Original file missing");
		return problem;
	}

}

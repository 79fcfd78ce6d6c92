package com.candidatesearch.parse;

/**
 * A file could not be parsed as a resume. The message is one sentence for the person who
 * uploaded the file: what went wrong and what to do about it; it never carries a stack trace.
 */
public class ResumeParseException extends Exception {

	public ResumeParseException(String message) {
		super(message);
	}

	public ResumeParseException(String message, Throwable cause) {
		super(message, cause);
	}

}

package com.candidatesearch.parse;

/**
 * The file holds no bytes, or no text at all.
 */
public class EmptyResumeException extends ResumeParseException {

	public EmptyResumeException(String message) {
		super(message);
	}

	public EmptyResumeException(String message, Throwable cause) {
		super(message, cause);
	}

}

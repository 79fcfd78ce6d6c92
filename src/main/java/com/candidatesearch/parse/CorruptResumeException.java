package com.candidatesearch.parse;

/**
 * The file claims a format it does not follow: truncated, damaged, or not what its bytes say.
 */
public class CorruptResumeException extends ResumeParseException {

	public CorruptResumeException(String message) {
		super(message);
	}

	public CorruptResumeException(String message, Throwable cause) {
		super(message, cause);
	}

}

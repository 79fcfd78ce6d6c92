package com.candidatesearch.parse;

/**
 * The file claims a format it does not follow: truncated, damaged, or not what its bytes say.
 */
public class CorruptResumeException extends ResumeParseException {

	CorruptResumeException(String message) {
		super(message);
	}

	CorruptResumeException(String message, Throwable cause) {
		super(message, cause);
	}

}

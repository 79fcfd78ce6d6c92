package com.candidatesearch.parse;

/**
 * The file is protected by a password, so its text cannot be read.
 */
public class EncryptedResumeException extends ResumeParseException {

	public EncryptedResumeException(String message) {
		super(message);
	}

	public EncryptedResumeException(String message, Throwable cause) {
		super(message, cause);
	}

}

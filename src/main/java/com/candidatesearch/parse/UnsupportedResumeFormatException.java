package com.candidatesearch.parse;

/**
 * The file is of a kind that is not a resume document: an image, an archive, a program, a JSON file that is not a JSON Resume.
 */
public class UnsupportedResumeFormatException extends ResumeParseException {

	public UnsupportedResumeFormatException(String message) {
		super(message);
	}

	public UnsupportedResumeFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}

package com.candidatesearch.parse;

/**
 * The file is a document of images only, such as a scanned PDF: its text needs OCR first.
 */
public class ScannedResumeException extends ResumeParseException {

	public ScannedResumeException(String message) {
		super(message);
	}

	public ScannedResumeException(String message, Throwable cause) {
		super(message, cause);
	}

}

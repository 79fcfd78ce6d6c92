package com.candidatesearch.parse;

/**
 * Reading the file took longer, or expanded to more, than any resume needs: a runaway or hostile file such as a zip bomb.
 */
public class ResumeTooLargeException extends ResumeParseException {

	public ResumeTooLargeException(String message) {
		super(message);
	}

	public ResumeTooLargeException(String message, Throwable cause) {
		super(message, cause);
	}

}

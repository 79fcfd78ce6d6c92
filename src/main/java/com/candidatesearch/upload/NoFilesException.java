package com.candidatesearch.upload;

/** An upload request carried no files in its {@code files} field. */
public class NoFilesException extends RuntimeException {

	public NoFilesException() {
		super("No files were sent: attach one or more resumes in the multipart field \"files\".");
	}

}

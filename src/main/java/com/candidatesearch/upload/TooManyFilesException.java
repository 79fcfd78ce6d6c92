package com.candidatesearch.upload;

/** One upload carried more files than a request may. */
public class TooManyFilesException extends RuntimeException {

	public TooManyFilesException(int sent, int allowed) {
		super(sent + " files were sent at once; one upload takes at most " + allowed
				+ ". Upload them in batches of " + allowed + " or fewer.");
	}

}

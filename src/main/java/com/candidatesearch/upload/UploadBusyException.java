package com.candidatesearch.upload;

import java.util.List;

import com.candidatesearch.parse.ParsersBusyException;

/**
 * Every parser was busy when a file of an upload came to be parsed: that file and those after it
 * were not looked at; the files before it were taken in as usual and are listed.
 */
public class UploadBusyException extends ParsersBusyException {

	private final List<UploadOutcome> takenIn;

	UploadBusyException(List<UploadOutcome> takenIn, int files, ParsersBusyException busy) {
		super(message(takenIn.size(), files, busy.retryAfterSeconds()), busy.retryAfterSeconds());
		this.takenIn = List.copyOf(takenIn);
	}

	/** What became of the files before the busy one, in the order given. */
	public List<UploadOutcome> takenIn() {
		return this.takenIn;
	}

	private static String message(int done, int files, long seconds) {
		String wait = seconds + (seconds == 1 ? " second" : " seconds");
		if (done == 0) {
			return "Candidate Search is busy parsing other uploads: try again in " + wait + ".";
		}
		int left = files - done;
		return "Candidate Search is busy parsing other uploads: " + done + " of the " + files + " files were taken in "
				+ "(listed); upload the other " + (left == 1 ? "file" : left + " files") + " again in " + wait + ".";
	}

}

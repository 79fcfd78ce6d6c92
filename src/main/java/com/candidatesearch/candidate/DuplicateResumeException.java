package com.candidatesearch.candidate;

/** The same file (same SHA-256) is already stored as a candidate. */
public class DuplicateResumeException extends RuntimeException {

	private final long existingId;

	public DuplicateResumeException(long existingId) {
		super("This file was already uploaded as candidate " + existingId + ".");
		this.existingId = existingId;
	}

	public long existingId() {
		return this.existingId;
	}

}

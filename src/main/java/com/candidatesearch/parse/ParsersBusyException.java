package com.candidatesearch.parse;

/**
 * Every parser is taken and the queue for them is full: the file was not looked at, and the
 * same upload a little later will be.
 */
public class ParsersBusyException extends RuntimeException {

	private final long retryAfterSeconds;

	public ParsersBusyException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	/** A fair guess at how many seconds until a parser is free. */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}

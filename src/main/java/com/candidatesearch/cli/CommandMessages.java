package com.candidatesearch.cli;

import org.springframework.core.NestedExceptionUtils;

/** How the commands tell what went wrong: one line, from the deepest cause, never a stack trace. */
final class CommandMessages {

	private CommandMessages() {
	}

	/** The first line of the most specific cause's message. */
	static String firstLine(Throwable ex) {
		String message = String.valueOf(NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}

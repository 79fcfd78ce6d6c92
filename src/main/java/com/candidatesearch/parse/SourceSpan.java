package com.candidatesearch.parse;

/**
 * Where a parsed value stands in the text extracted from the resume: a character span and the
 * line it starts on, so a recruiter can check a field against the original.
 *
 * @param start the offset of its first character in the extracted text
 * @param end the offset just past its last character
 * @param line the line it starts on, from 1
 */
public record SourceSpan(int start, int end, int line) {

	public SourceSpan {
		if (start < 0 || end < start || line < 1) {
			throw new IllegalArgumentException("Not a span of the text: " + start + ".." + end + " line " + line);
		}
	}

}

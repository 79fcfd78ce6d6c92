package com.candidatesearch.parse;

import java.util.List;

/**
 * What parsing one file yields: the resume in the contract's shape, the text extracted from
 * the file, the media type detected from its content, and warnings a recruiter can act on.
 *
 * @param resume the parsed resume
 * @param text the plain text extracted from the file (indexed for full-text search)
 * @param mediaType the media type detected from the file's bytes, e.g. {@code application/pdf}
 * @param warnings plain sentences about what the parser could not place or find
 */
public record ParseResult(ParsedResume resume, String text, String mediaType, List<String> warnings) {

	public ParseResult {
		text = text == null ? "" : text;
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

}

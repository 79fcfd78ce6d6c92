package com.candidatesearch.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.parse.field.FieldSources;

/**
 * What parsing one file yields: the resume in the contract's shape, the text extracted from
 * the file, the media type detected from its content, and warnings a recruiter can act on.
 *
 * @param resume the parsed resume
 * @param text the plain text extracted from the file (indexed for full-text search)
 * @param mediaType the media type detected from the file's bytes, e.g. {@code application/pdf}
 * @param warnings plain sentences about what the parser could not place or find
 * @param sources where each value was found in {@code text}, by its path in the contract
 * ({@code basics.name}, {@code work[1].startDate}); a value not found has no entry
 * @param unplaced every line of the text no part of the parse took, in reading order (the
 * warnings name the first few)
 */
public record ParseResult(ParsedResume resume, String text, String mediaType, List<String> warnings,
		Map<String, SourceSpan> sources, List<String> unplaced) {

	public ParseResult {
		text = text == null ? "" : text;
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
		sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
		unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
	}

	public ParseResult(ParsedResume resume, String text, String mediaType, List<String> warnings) {
		this(resume, text, mediaType, warnings, List.of());
	}

	public ParseResult(ParsedResume resume, String text, String mediaType, List<String> warnings,
			List<String> unplaced) {
		this(resume, text, mediaType, warnings, FieldSources.locate(resume, text == null ? "" : text), unplaced);
	}

}

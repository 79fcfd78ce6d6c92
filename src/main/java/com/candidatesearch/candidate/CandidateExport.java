package com.candidatesearch.candidate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.SourceSpan;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored candidate as the API exports it: the parse contract's sections, and under
 * {@code meta} what the application knows beyond them.
 *
 * @param resume the candidate in the contract's shape
 * @param meta parse warnings and what the publications say of the candidate
 */
public record CandidateExport(@JsonUnwrapped ParsedResume resume, Meta meta) {

	static CandidateExport of(ParsedResume resume, List<String> warnings, List<String> unplaced,
			Map<String, SourceSpan> sources, String text) {
		List<PublicationMeta> publications = new ArrayList<>();
		for (int i = 0; i < resume.publications().size(); i++) {
			ParsedResume.Publication publication = resume.publications().get(i);
			AuthorPosition position = AuthorPosition.of(resume.name(), publication.authors());
			PublicationIds ids = PublicationIds.of(publication, sources.get("publications[" + i + "].name"), text);
			if (position != null || !ids.isEmpty()) {
				publications.add(new PublicationMeta(i, position, ids.doi(), ids.arxiv()));
			}
		}
		return new CandidateExport(resume, new Meta(warnings, unplaced, publications, sources));
	}

	/**
	 * Outside the contract's sections.
	 *
	 * @param warnings what the parser could not place or find, for the recruiter to check
	 * @param unplaced every line of the resume no part of the parse took (the warning names the first few)
	 * @param publications per publication (by its index in {@code publications}), the candidate's place among the authors
	 * @param sources where each value was found in the extracted text, by its path: {@code work[1].name}
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Meta(List<String> warnings, List<String> unplaced, List<PublicationMeta> publications,
			Map<String, SourceSpan> sources) {

		public Meta {
			warnings = List.copyOf(warnings);
			unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
			publications = List.copyOf(publications);
			sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
		}

	}

	/**
	 * What a publication says of the candidate, and its identifiers.
	 *
	 * @param index the publication's index in {@code publications}
	 * @param authorPosition the candidate's place among the authors: first, middle, last or sole, when found
	 * @param doi its DOI where the resume prints one
	 * @param arxiv its arXiv identifier where the resume prints one
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PublicationMeta(int index, AuthorPosition authorPosition, String doi, String arxiv) {

		public PublicationMeta(int index, AuthorPosition authorPosition) {
			this(index, authorPosition, null, null);
		}

	}

}

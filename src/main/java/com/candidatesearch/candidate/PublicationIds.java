package com.candidatesearch.candidate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.SourceSpan;

/**
 * The DOI and arXiv identifier of a publication where the resume prints them: in its link, or in
 * the citation's own lines of the extracted text (found through the source of its title).
 *
 * @param doi the DOI, e.g. {@code 10.1145/3292500.3330701}, or {@code null}
 * @param arxiv the arXiv identifier, e.g. {@code 2103.00020} or {@code cs/0112017}, or {@code null}
 */
record PublicationIds(String doi, String arxiv) {

	private static final Pattern DOI = Pattern.compile("(?i)\\b(10\\.\\d{4,9}/[^\\s\"<>]+?)(?=[.,;)]?(?:\\s|$))");

	private static final Pattern ARXIV = Pattern.compile(
			"(?i)(?:arxiv(?:\\.org/(?:abs|pdf)/|\\s*:\\s*|\\s+preprint\\s+(?:arxiv\\s*:\\s*)?))"
					+ "(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z\\-]+(?:\\.[a-z]{2})?/\\d{7}(?:v\\d+)?)");

	/** How many lines a citation may run over after the line of its title. */
	private static final int CITATION_LINES = 3;

	static PublicationIds of(ParsedResume.Publication publication, SourceSpan title, String text) {
		StringBuilder printed = new StringBuilder();
		if (publication.url() != null) {
			printed.append(publication.url()).append('\n');
		}
		if (title != null && text != null && title.end() <= text.length()) {
			int start = text.lastIndexOf('\n', title.start()) + 1;
			int end = title.start();
			for (int line = 0; line <= CITATION_LINES && end >= 0; line++) {
				end = text.indexOf('\n', end + 1);
			}
			printed.append(text, start, end < 0 ? text.length() : end);
		}
		return new PublicationIds(first(DOI, printed), first(ARXIV, printed));
	}

	boolean isEmpty() {
		return this.doi == null && this.arxiv == null;
	}

	private static String first(Pattern pattern, CharSequence text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
	}

}

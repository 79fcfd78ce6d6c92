package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.Certificate;
import com.candidatesearch.parse.layout.Line;

/** Reads a certificates section: one certificate per line, with its date and issuer. */
public final class CertificatesSectionParser {

	/**
	 * Between a certificate and its issuer: a comma, or a dash or bar. A last part that
	 * reads as a title or level ("– Associate", "– Test Automation Engineer") is part of
	 * the name, not an issuer.
	 */
	private static final java.util.regex.Pattern ISSUER = java.util.regex.Pattern.compile(",\\s+|\\s+[–—|]\\s+");

	private CertificatesSectionParser() {
	}

	public static List<Certificate> parse(List<Line> lines) {
		List<Certificate> certificates = new ArrayList<>();
		String pendingDate = null;
		for (Line line : lines) {
			String text = line.text();
			DateRange date = DateRange.find(text);
			if (DateRange.isDateOnly(text)) {
				// a date column set before its certificate (a table row "2016 | ISTQB …")
				pendingDate = date.start();
				continue;
			}
			String name = date == null ? text : date.removeFrom(text);
			String issuer = null;
			String[] parts = ISSUER.split(name);
			if (parts.length >= 2 && !JobTitles.looksLikeTitle(parts[parts.length - 1])) {
				issuer = parts[parts.length - 1].strip();
				name = name.substring(0, name.length() - parts[parts.length - 1].length()).replaceAll(ISSUER.pattern() + "$", "");
			}
			String when = date != null ? date.start() : pendingDate;
			pendingDate = null;
			certificates.add(new Certificate(name.replaceAll("[\\s,;:–-]+$", ""), when, issuer));
		}
		return certificates;
	}

}

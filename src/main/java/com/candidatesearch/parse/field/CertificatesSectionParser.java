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

	/** The bold or italic run a line opens with, where more text follows it; else {@code null}. */
	private static String leadingEmphasis(Line line, String text) {
		if (line.emphasis().isEmpty() || line.bold()) {
			return null;
		}
		String run = line.emphasis().get(0).strip();
		String rest = text.strip();
		return !run.isEmpty() && rest.startsWith(run) && rest.substring(run.length()).matches("\\s*[,:–—|-]\\s*\\p{L}.*") ? run : null;
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
			String lead = leadingEmphasis(line, name);
			if (lead != null) {
				// "**Customer Service Excellence** - Bank Mandiri Academy": the look ends the name;
				// the issuer is the last part of the rest ("Online course, Coursera")
				String[] rest = ISSUER.split(name.substring(lead.length()).replaceFirst("^[\\s,:–—|-]+", ""));
				issuer = rest[rest.length - 1].strip();
				name = lead;
			}
			else if (parts.length >= 2 && !JobTitles.looksLikeTitle(parts[parts.length - 1])) {
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

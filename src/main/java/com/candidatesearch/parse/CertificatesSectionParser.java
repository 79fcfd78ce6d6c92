package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.Certificate;

/** Reads a certificates section: one certificate per line, with its date and issuer. */
final class CertificatesSectionParser {

	private CertificatesSectionParser() {
	}

	static List<Certificate> parse(List<Line> lines) {
		List<Certificate> certificates = new ArrayList<>();
		for (Line line : lines) {
			String text = line.text();
			DateRange date = DateRange.find(text);
			String name = date == null ? text : date.removeFrom(text);
			String issuer = null;
			String[] parts = name.split("\\s+[–—|]\\s+", 2);
			if (parts.length == 2) {
				name = parts[0];
				issuer = parts[1];
			}
			certificates.add(new Certificate(name.replaceAll("[\\s,;:–-]+$", ""), date == null ? null : date.start(), issuer));
		}
		return certificates;
	}

}

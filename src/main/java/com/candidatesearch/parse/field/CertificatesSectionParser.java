package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

	/** A certificate's level after a dash ("– Specialty", "– Foundational", "– Level 2"), part of its name. */
	private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile(
			"(?i)specialty|speciality|foundational|fundamentals|advanced|intermediate|beginner|(?:level|part|tier)\\s+\\w{1,3}");

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

	/**
	 * Words only a certificate's own name has: "Certified …", "… Associate", an exam's
	 * acronym in brackets ("(CKA)"). An issuer's name has none of them.
	 */
	private static final java.util.regex.Pattern NAMES_A_CERTIFICATE = java.util.regex.Pattern.compile(
			"(?i:certif|licen[cs]|diplom|\\b(?:associate|professional|practitioner|specialist|administrator|expert|"
					+ "developer|engineer|architect|exam)\\b)|\\(\\p{Lu}[\\p{Lu}\\d-]{1,9}\\)");

	/** Longest a line of a certificate printed in two lines is, in characters. */
	private static final int PAIR_LINE = 200;

	/** Longest an issuer's line is, in words ("Cloud Native Computing Foundation"). */
	private static final int ISSUER_WORDS = 6;

	private static final Pattern EMPTY_DATE_LABEL = Pattern.compile("(?i)\\s*(?:issued|awarded|earned|received|date|valid until|expires)(?:\\s+on)?\\s*:\\s*");

	public static List<Certificate> parse(List<Line> section) {
		// "Issued on:" with no date after it (a theme printing a certificate that has none) says
		// nothing, and a link alone under a certificate ("https://aws.amazon.com/certification/")
		// is none of its name, date or issuer
		List<Line> lines = section.stream()
			.filter(line -> !EMPTY_DATE_LABEL.matcher(line.text()).matches() && !isLinkAlone(line.text()))
			.toList();
		if (inPairs(lines)) {
			return pairs(lines);
		}
		List<Certificate> dated = datedPairs(lines);
		return dated != null ? dated : oneALine(lines);
	}

	private static boolean isLinkAlone(String text) {
		String strip = text.strip();
		return !strip.contains(" ") && ContactDetails.website(strip) != null;
	}

	/**
	 * Certificates printed as a date over a name line over an issuer line ("Avr. 2022" over
	 * "Certified Kubernetes Application Developer" over "Cloud Native Computing Foundation"), a
	 * date column set before each pair; else {@code null}.
	 */
	private static List<Certificate> datedPairs(List<Line> lines) {
		if (lines.isEmpty() || !DateRange.isDateOnly(lines.get(0).text())) {
			return null;
		}
		List<Line> named = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		String pending = null;
		for (Line line : lines) {
			if (DateRange.isDateOnly(line.text())) {
				if (named.size() % 2 != 0 || pending != null) {
					// a date between a name and its issuer, or two in a row: no such pairs
					return null;
				}
				pending = DateRange.find(line.text()).start();
				continue;
			}
			if (named.size() % 2 == 0) {
				dates.add(pending);
				pending = null;
			}
			named.add(line);
		}
		if (pending != null || !inPairs(named)) {
			return null;
		}
		List<Certificate> certificates = new ArrayList<>(pairs(named));
		for (int i = 0; i < certificates.size(); i++) {
			Certificate certificate = certificates.get(i);
			if (certificate.date() == null && dates.get(i) != null) {
				certificates.set(i, new Certificate(certificate.name(), dates.get(i), certificate.issuer()));
			}
		}
		return certificates;
	}

	/**
	 * Whether the section prints each certificate on two lines, its name and then its issuer:
	 * an even number of lines where every second line is short and names no certificate, no
	 * first line is only a date, and the first lines read as certificates (most of them name
	 * one, or all of them are bold and no second line is).
	 */
	static boolean inPairs(List<Line> lines) {
		if (lines.size() < 2 || lines.size() % 2 != 0) {
			return false;
		}
		int naming = 0;
		boolean boldNames = true;
		for (int i = 0; i < lines.size(); i += 2) {
			Line name = lines.get(i);
			Line issuer = lines.get(i + 1);
			String issuerText = issuer.text().strip();
			if (issuerText.length() > PAIR_LINE || name.text().length() > PAIR_LINE) {
				return false;
			}
			DateRange date = DateRange.find(issuerText);
			String issuerName = date == null ? issuerText : date.removeFrom(issuerText).replaceAll("[\\s,;:–|-]+$", "");
			if (name.isItem() != issuer.isItem() && issuer.isItem() || DateRange.isDateOnly(name.text())
					|| DateRange.isDateOnly(issuerText)
					|| issuerName.isBlank() || issuerName.split("\\s+").length > ISSUER_WORDS
					|| NAMES_A_CERTIFICATE.matcher(issuerName).find() || ISSUER.matcher(issuerName).find()) {
				return false;
			}
			if (NAMES_A_CERTIFICATE.matcher(name.text()).find()) {
				naming++;
			}
			boldNames &= name.bold() && !issuer.bold();
		}
		return boldNames || naming * 2 >= lines.size() / 2 + 1;
	}

	/** Certificates printed as a name line and an issuer line, the date on either. */
	private static List<Certificate> pairs(List<Line> lines) {
		List<Certificate> certificates = new ArrayList<>();
		for (int i = 0; i < lines.size(); i += 2) {
			String name = lines.get(i).text().strip();
			String issuer = lines.get(i + 1).text().strip();
			DateRange date = DateRange.find(name);
			if (date != null) {
				name = date.removeFrom(name);
			}
			DateRange issued = DateRange.find(issuer);
			if (issued != null) {
				issuer = issued.removeFrom(issuer);
				date = date == null ? issued : date;
			}
			certificates.add(new Certificate(name.replaceAll("[\\s,;:–-]+$", ""), date == null ? null : date.start(),
					issuer.replaceAll("[\\s,;:–|-]+$", "")));
		}
		return certificates;
	}

	private static List<Certificate> oneALine(List<Line> lines) {
		List<Certificate> certificates = new ArrayList<>();
		String pendingDate = null;
		boolean datesFirst = !lines.isEmpty() && DateRange.isDateOnly(lines.get(0).text());
		for (Line line : lines) {
			String text = line.text();
			DateRange date = DateRange.find(text);
			if (DateRange.isDateOnly(text)) {
				Certificate last = certificates.isEmpty() ? null : certificates.get(certificates.size() - 1);
				if (!datesFirst && last != null && last.date() == null) {
					// "Issued on: Mar 01, 2016" under the certificate
					certificates.set(certificates.size() - 1, new Certificate(last.name(), date.start(), last.issuer()));
				}
				else {
					// a date column set before its certificate (a table row "2016 | ISTQB …")
					pendingDate = date.start();
				}
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
			else if (parts.length >= 2 && !JobTitles.looksLikeTitle(parts[parts.length - 1])
					&& !LEVEL.matcher(parts[parts.length - 1].strip()).matches()) {
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

package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Certificate;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a certificates section is read into certificates, their issuers and dates. */
class CertificatesSectionParserTests {

	private static Line item(String text, String emphasis) {
		return new Line(text, Line.Kind.ITEM, 0, false, List.of(emphasis), 0, false);
	}

	@Test
	void aDateOverEachNameAndIssuerPairIsThatCertificatesDate() {
		assertThat(CertificatesSectionParser.parse(List.of(Line.text("Avr. 2022"),
				Line.text("Certified Kubernetes Application Developer"), Line.text("Cloud Native Computing Foundation"),
				Line.text("Mars 2020"), Line.text("AWS Certified Solutions Architect – Associate"),
				Line.text("Amazon Web Services"))))
			.containsExactly(new Certificate("Certified Kubernetes Application Developer", "2022-04", "Cloud Native Computing Foundation"),
					new Certificate("AWS Certified Solutions Architect – Associate", "2020-03", "Amazon Web Services"));
	}

	@Test
	void aDateLabelWithNoDateNamesNoCertificate() {
		assertThat(CertificatesSectionParser.parse(List.of(
				Line.text("Web Accessibility Specialist (WAS), International Association of Accessibility Professionals"),
				Line.text("Issued on:"))))
			.extracting(Certificate::name)
			.containsExactly("Web Accessibility Specialist (WAS)");
	}

	@Test
	void theLookEndsTheNameAndTheLastPartAfterItIsTheIssuer() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(
				item("Food Safety Level 2 - Harbour Catering College (2018)", "Food Safety Level 2"),
				item("Spreadsheet Basics - Evening class, Open Learning (2021)", "Spreadsheet Basics")));
		assertThat(certificates).containsExactly(new Certificate("Food Safety Level 2", "2018", "Harbour Catering College"),
				new Certificate("Spreadsheet Basics", "2021", "Open Learning"));
	}

	private static Line line(String text) {
		return Line.text(text);
	}

	@Test
	void aNameLineAndThenAnIssuerLineAreOneCertificate() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(line("Certified Scrum Master (CSM)"),
				line("Scrum Alliance"), line("Oracle Certified Java Programmer"), line("Oracle, 2019"),
				line("Safety Passport"), line("Construction Skills Board")));
		assertThat(certificates).containsExactly(new Certificate("Certified Scrum Master (CSM)", null, "Scrum Alliance"),
				new Certificate("Oracle Certified Java Programmer", "2019", "Oracle"),
				new Certificate("Safety Passport", null, "Construction Skills Board"));
	}

	@Test
	void aListOfCertificatesOneALineIsNotReadAsPairs() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(line("Certified Scrum Master"),
				line("Professional Cloud Architect"), line("First Aid at Work"), line("Forklift Licence")));
		assertThat(certificates).extracting(Certificate::name).containsExactly("Certified Scrum Master",
				"Professional Cloud Architect", "First Aid at Work", "Forklift Licence");
	}

	@Test
	void boldNamesOverPlainLinesArePairsWhateverTheyName() {
		Line first = new Line("Food Hygiene", Line.Kind.TEXT, 0, true, List.of(), 0, false);
		Line second = new Line("Harbour Catering College", Line.Kind.TEXT, 0, false, List.of(), 0, false);
		assertThat(CertificatesSectionParser.parse(List.of(first, second)))
			.containsExactly(new Certificate("Food Hygiene", null, "Harbour Catering College"));
	}

	@Test
	void aLabelledDateUnderACertificateIsItsDate() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(line("Certified Scrum Master, Scrum Alliance"),
				line("Issued on: Mar 01, 2016"), line("ITIL 4 Foundation, Axelos"), line("Issued on: Mar 05, 2018")));
		assertThat(certificates).containsExactly(new Certificate("Certified Scrum Master", "2016-03", "Scrum Alliance"),
				new Certificate("ITIL 4 Foundation", "2018-03", "Axelos"));
	}

	@Test
	void aDateColumnBeforeEachCertificateStaysWithTheOneAfterIt() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(line("2016"),
				line("Certified Scrum Master, Scrum Alliance"), line("2018"), line("ITIL 4 Foundation, Axelos")));
		assertThat(certificates).extracting(Certificate::date).containsExactly("2016", "2018");
	}

	@Test
	void aLevelAfterTheDashIsPartOfTheCertificatesName() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(
				Line.text("AWS Certified Data Analytics – Specialty (2021)"), Line.text("ISTQB Foundation – Level 1, ISTQB, 2019")));
		assertThat(certificates).extracting(Certificate::name, Certificate::issuer).containsExactly(
				org.assertj.core.groups.Tuple.tuple("AWS Certified Data Analytics – Specialty", null),
				org.assertj.core.groups.Tuple.tuple("ISTQB Foundation – Level 1", "ISTQB"));
	}

	@Test
	void aLinkAloneUnderACertificateIsNoneOfItsParts() {
		List<Certificate> certificates = CertificatesSectionParser.parse(List.of(Line.text("Mars 2022"),
				Line.text("AWS Solutions Architect Professional"), Line.text("Amazon Web Services"),
				Line.text("https://aws.amazon.com/certification/"), Line.text("Nov. 2021"),
				Line.text("Kubernetes Administrator (CKA)"), Line.text("Cloud Native Computing Foundation"),
				Line.text("https://www.cncf.io/certification/cka/")));
		assertThat(certificates).containsExactly(
				new Certificate("AWS Solutions Architect Professional", "2022-03", "Amazon Web Services"),
				new Certificate("Kubernetes Administrator (CKA)", "2021-11", "Cloud Native Computing Foundation"));
	}

}

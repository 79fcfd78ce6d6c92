package com.candidatesearch.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A way to narrow a search and count what is there: its URL parameter, its label on the page,
 * the index field counted, and the field a chosen value filters on (folded for case and
 * accents, so "Pytorch" and "PyTorch" are one value).
 */
public enum Facet {

	SKILL("skill", "Skills", "skills.keywords_facet", "skills.keywords_exact"),
	EMPLOYER("employer", "Employers", "work.organization_facet", "work.organization_exact"),
	SCHOOL("school", "Schools", "education.institution_facet", "education.institution_exact"),
	DEGREE("degree", "Highest degree", "facts.degreeLevel", "facts.degreeLevel_exact"),
	LOCATION("location", "Location", "facts.location", "facts.location_exact"),
	LANGUAGE("language", "Languages", "languages.language_facet", "languages.language_exact"),
	VENUE("venue", "Publication venues", "publications.venue_facet", "publications.venue_exact"),
	EXPERIENCE("experience", "Years of experience", "experienceYears", "experienceYears"),
	PUBLICATIONS("publications", "Publications", "facts.hasPublications", "facts.hasPublications");

	/** Experience buckets, as {@code from-to} years, the last open-ended. */
	static final List<int[]> EXPERIENCE_BUCKETS = List.of(new int[] { 0, 2 }, new int[] { 3, 5 },
			new int[] { 6, 10 }, new int[] { 11, 15 }, new int[] { 16, 99 });

	private final String parameter;

	private final String label;

	private final String countedField;

	private final String filterField;

	Facet(String parameter, String label, String countedField, String filterField) {
		this.parameter = parameter;
		this.label = label;
		this.countedField = countedField;
		this.filterField = filterField;
	}

	public String parameter() {
		return this.parameter;
	}

	public String label() {
		return this.label;
	}

	String countedField() {
		return this.countedField;
	}

	String filterField() {
		return this.filterField;
	}

	/** Whether its values are terms counted from the index, as opposed to fixed buckets. */
	boolean isTerms() {
		return this != EXPERIENCE && this != PUBLICATIONS;
	}

	static Optional<Facet> named(String parameter) {
		return Stream.of(values()).filter(facet -> facet.parameter.equals(parameter.toLowerCase(Locale.ROOT))).findFirst();
	}

	/** How a value reads on the page: degree levels in words, experience buckets in years. */
	public String display(String value) {
		return switch (this) {
			case DEGREE -> switch (value) {
				case "DOCTORATE" -> "Doctorate";
				case "MASTER" -> "Master's";
				case "BACHELOR" -> "Bachelor's";
				case "ASSOCIATE" -> "Associate";
				default -> "Other";
			};
			case EXPERIENCE -> value.endsWith("-99") ? value.substring(0, value.indexOf('-')) + "+ years"
					: value.replace("-", "–") + " years";
			case PUBLICATIONS -> "true".equals(value) ? "Has publications" : "No publications";
			default -> value;
		};
	}

}

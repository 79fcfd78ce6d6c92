package com.candidatesearch.candidate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a profile a recruiter may correct, named as in the contract, with the fields of
 * each entry that the edit form offers.
 */
enum CorrectableSection {

	BASICS("basics", "Name and contact", false, field("name", "Name", Kind.TEXT),
			field("label", "Headline", Kind.TEXT), field("email", "E-mail", Kind.EMAIL),
			field("phone", "Phone", Kind.TEXT), field("url", "Web site", Kind.URL),
			field("location.city", "City", Kind.TEXT), field("location.region", "Region", Kind.TEXT),
			field("location.countryCode", "Country code", Kind.TEXT), field("summary", "Summary", Kind.LONG_TEXT)),

	WORK("work", "Experience", true, field("position", "Job title", Kind.TEXT),
			field("name", "Employer", Kind.TEXT), field("location", "Location", Kind.TEXT),
			field("startDate", "Start date", Kind.DATE), field("endDate", "End date", Kind.DATE),
			field("summary", "Summary", Kind.LONG_TEXT), field("highlights", "Highlights", Kind.LINES)),

	EDUCATION("education", "Education", true, field("studyType", "Degree", Kind.TEXT),
			field("area", "Field of study", Kind.TEXT), field("institution", "School", Kind.TEXT),
			field("location", "Location", Kind.TEXT), field("startDate", "Start date", Kind.DATE),
			field("endDate", "End date", Kind.DATE), field("score", "Score", Kind.TEXT),
			field("courses", "Courses", Kind.LINES)),

	SKILLS("skills", "Skills", true, field("name", "Group", Kind.TEXT), field("keywords", "Skills", Kind.LINES)),

	LANGUAGES("languages", "Languages", true, field("language", "Language", Kind.TEXT),
			field("fluency", "Fluency", Kind.TEXT)),

	PUBLICATIONS("publications", "Publications", true, field("name", "Title", Kind.TEXT),
			field("authors", "Authors", Kind.LINES), field("publisher", "Venue", Kind.TEXT),
			field("releaseDate", "Date", Kind.DATE), field("url", "Address", Kind.URL),
			field("summary", "Summary", Kind.LONG_TEXT)),

	AWARDS("awards", "Awards", true, field("title", "Award", Kind.TEXT), field("awarder", "Awarded by", Kind.TEXT),
			field("date", "Date", Kind.DATE), field("summary", "Summary", Kind.LONG_TEXT)),

	CERTIFICATES("certificates", "Certificates", true, field("name", "Certificate", Kind.TEXT),
			field("issuer", "Issuer", Kind.TEXT), field("date", "Date", Kind.DATE)),

	PROJECTS("projects", "Projects", true, field("name", "Project", Kind.TEXT),
			field("description", "Description", Kind.LONG_TEXT), field("startDate", "Start date", Kind.DATE),
			field("endDate", "End date", Kind.DATE), field("highlights", "Highlights", Kind.LINES)),

	TEACHING("teaching", "Teaching", true, field("name", "Course or role", Kind.TEXT),
			field("institution", "Institution", Kind.TEXT), field("term", "Term", Kind.TEXT),
			field("startDate", "Start date", Kind.DATE), field("endDate", "End date", Kind.DATE),
			field("highlights", "Highlights", Kind.LINES));

	/** How a field is entered and checked. */
	enum Kind {

		TEXT, LONG_TEXT, DATE, EMAIL, URL,

		/** A list, one item per line. */
		LINES

	}

	/**
	 * A field of an entry.
	 *
	 * @param name its name in the contract, relative to the entry ({@code location.city})
	 * @param label what the form calls it
	 * @param kind how it is entered and checked
	 */
	record Field(String name, String label, Kind kind) {

		boolean multiline() {
			return this.kind == Kind.LONG_TEXT || this.kind == Kind.LINES;
		}

	}

	private final String contractName;

	private final String label;

	private final boolean list;

	private final List<Field> fields;

	CorrectableSection(String contractName, String label, boolean list, Field... fields) {
		this.contractName = contractName;
		this.label = label;
		this.list = list;
		this.fields = List.of(fields);
	}

	private static Field field(String name, String label, Kind kind) {
		return new Field(name, label, kind);
	}

	static Optional<CorrectableSection> named(String contractName) {
		return Arrays.stream(values()).filter(section -> section.contractName.equals(contractName)).findFirst();
	}

	/** The path of an entry ({@code work[1]}), or of the basics. */
	String entryPath(int index) {
		return this.list ? this.contractName + "[" + index + "]" : this.contractName;
	}

	String contractName() {
		return this.contractName;
	}

	String label() {
		return this.label;
	}

	boolean isList() {
		return this.list;
	}

	List<Field> fields() {
		return this.fields;
	}

}

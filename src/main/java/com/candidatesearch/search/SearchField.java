package com.candidatesearch.search;

import java.util.List;

/**
 * A field free words are searched in, with its weight and the name a recruiter knows it by.
 * Skills and titles weigh more than employers, which weigh more than the full text.
 *
 * @param path the index field
 * @param boost its weight in the relevance score
 * @param label its name on the page
 * @param highlighted whether matches in it are shown as passages
 */
record SearchField(String path, float boost, String label, boolean highlighted) {

	static final List<SearchField> ALL = List.of(
			new SearchField("name", 4f, "Name", true),
			new SearchField("skills.keywords", 3f, "Skills", true),
			new SearchField("work.title", 3f, "Position", true),
			new SearchField("label", 2.5f, "Headline", true),
			new SearchField("work.organization", 2f, "Employer", true),
			new SearchField("education.institution", 2f, "School", true),
			new SearchField("education.studyType", 1.5f, "Degree", true),
			new SearchField("education.area", 1.5f, "Field of study", true),
			new SearchField("publications.title", 1.5f, "Publication", true),
			new SearchField("publications.venue", 1.2f, "Venue", true),
			new SearchField("publications.authors", 1f, "Authors", false),
			new SearchField("languages.language", 1f, "Language", false),
			new SearchField("certificates.name", 1f, "Certificate", false),
			new SearchField("city", 1f, "Location", false),
			new SearchField("region", 1f, "Location", false),
			new SearchField("summary", 1f, "Summary", true),
			new SearchField("resume.text", 0.5f, "Resume", true));

}

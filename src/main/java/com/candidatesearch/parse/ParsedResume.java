package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resume in the parse contract's shape (JSON Resume v1.0.0 plus the contract's extensions):
 * what every parse produces and what the application exports and imports.
 *
 * <p>Unknown values are {@code null} (strings, objects) or empty (lists) and are left out of
 * the JSON; lists keep the order of the resume.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParsedResume(Basics basics, List<Work> work, List<Education> education, List<SkillGroup> skills,
		List<Language> languages, List<Publication> publications, List<Award> awards,
		List<Certificate> certificates, List<Project> projects, List<Teaching> teaching) {

	public ParsedResume {
		basics = basics == null ? Basics.EMPTY : basics;
		work = list(work);
		education = list(education);
		skills = list(skills);
		languages = list(languages);
		publications = list(publications);
		awards = list(awards);
		certificates = list(certificates);
		projects = list(projects);
		teaching = list(teaching);
	}

	/** The name printed on the resume, or {@code null} when none was found. */
	public String name() {
		return basics.name();
	}

	/** A copy with other basics. */
	public ParsedResume withBasics(Basics newBasics) {
		return new ParsedResume(newBasics, work, education, skills, languages, publications, awards, certificates,
				projects, teaching);
	}

	/** Every keyword of every skill group, in the resume's order. */
	public List<String> allSkills() {
		return skills.stream().flatMap(group -> group.keywords().stream()).toList();
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Basics(String name, String label, String email, String phone, String url, String summary,
			Location location, List<Profile> profiles) {

		public static final Basics EMPTY = new Basics(null, null, null, null, null, null, null, List.of());

		public Basics {
			name = text(name);
			label = text(label);
			email = text(email);
			phone = text(phone);
			url = text(url);
			summary = text(summary);
			location = (location == null || location.isEmpty()) ? null : location;
			profiles = list(profiles);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Location(String city, String region, String countryCode, String address, String postalCode) {

		public Location {
			city = text(city);
			region = text(region);
			countryCode = text(countryCode);
			address = text(address);
			postalCode = text(postalCode);
		}

		boolean isEmpty() {
			return city == null && region == null && countryCode == null && address == null && postalCode == null;
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Profile(String network, String username, String url) {

		public Profile {
			network = text(network);
			username = text(username);
			url = text(url);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Work(String name, String position, String location, String startDate, String endDate,
			String summary, List<String> highlights) {

		public Work {
			name = text(name);
			position = text(position);
			location = text(location);
			startDate = text(startDate);
			endDate = text(endDate);
			summary = text(summary);
			highlights = texts(highlights);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Education(String institution, String area, String studyType, String startDate, String endDate,
			String score, List<String> courses, String location) {

		public Education {
			institution = text(institution);
			area = text(area);
			studyType = text(studyType);
			startDate = text(startDate);
			endDate = text(endDate);
			score = text(score);
			courses = texts(courses);
			location = text(location);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record SkillGroup(String name, List<String> keywords) {

		public SkillGroup {
			name = text(name);
			keywords = texts(keywords);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Language(String language, String fluency) {

		public Language {
			language = text(language);
			fluency = text(fluency);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Publication(String name, String publisher, String releaseDate, String url, String summary,
			List<String> authors) {

		public Publication {
			name = text(name);
			publisher = text(publisher);
			releaseDate = text(releaseDate);
			url = text(url);
			summary = text(summary);
			authors = texts(authors);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Award(String title, String date, String awarder, String summary) {

		public Award {
			title = text(title);
			date = text(date);
			awarder = text(awarder);
			summary = text(summary);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Certificate(String name, String date, String issuer) {

		public Certificate {
			name = text(name);
			date = text(date);
			issuer = text(issuer);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Project(String name, String description, List<String> highlights, String startDate,
			String endDate) {

		public Project {
			name = text(name);
			description = text(description);
			highlights = texts(highlights);
			startDate = text(startDate);
			endDate = text(endDate);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Teaching(String name, String institution, String term, String startDate, String endDate,
			List<String> highlights) {

		public Teaching {
			name = text(name);
			institution = text(institution);
			term = text(term);
			startDate = text(startDate);
			endDate = text(endDate);
			highlights = texts(highlights);
		}

	}

	/** Blank text is unknown text: the contract never carries {@code ""}. */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	static List<String> texts(Collection<String> values) {
		if (values == null) {
			return List.of();
		}
		List<String> kept = new ArrayList<>(values.size());
		for (String value : values) {
			String t = text(value);
			if (t != null) {
				kept.add(t);
			}
		}
		return List.copyOf(kept);
	}

	static <T> List<T> list(Collection<T> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
	}

}

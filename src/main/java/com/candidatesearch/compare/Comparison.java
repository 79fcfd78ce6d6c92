package com.candidatesearch.compare;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.candidatesearch.candidate.CandidateCard;
import com.candidatesearch.candidate.CandidateExperience;
import com.candidatesearch.candidate.CandidateProfile;
import com.candidatesearch.candidate.DegreeLevel;
import com.candidatesearch.candidate.Timeline;
import com.candidatesearch.parse.ParsedResume;

/**
 * Candidates side by side, one column each, every row already worked out: the template only
 * loops and prints. Skills are matched case- and space-insensitively, so "PyTorch" and
 * "pytorch" count as one skill shared.
 *
 * @param columns one per candidate, in the order asked
 * @param sharedSkills how many skills every candidate lists
 * @param matrix every skill against every candidate, with years where known
 * @param timeline the candidates' jobs and degrees on one time axis
 * @param terms the words of the search that led here, marked in the cells
 */
record Comparison(List<Column> columns, int sharedSkills, SkillMatrix matrix, Timeline timeline, SearchTerms terms) {

	static Comparison of(List<CandidateProfile> profiles) {
		return of(profiles, Map.of(), SearchTerms.NONE);
	}

	static Comparison of(List<CandidateProfile> profiles, Map<Long, CandidateExperience> experience,
			SearchTerms terms) {
		List<Map<String, String>> skillsByCandidate = profiles.stream()
			.map(profile -> skills(profile.resume()))
			.toList();
		Map<String, Integer> holders = new HashMap<>();
		skillsByCandidate.forEach(skills -> skills.keySet().forEach(key -> holders.merge(key, 1, Integer::sum)));
		int everyone = profiles.size();
		List<Column> columns = IntStream.range(0, everyone)
			.mapToObj(i -> Column.of(profiles.get(i), skillsByCandidate.get(i), holders, everyone)
				.withYears(experience.get(profiles.get(i).id()), terms))
			.toList();
		int shared = (int) holders.values().stream().filter(count -> count == everyone).count();
		Timeline timeline = Timeline.of(profiles.stream()
			.map(profile -> new Timeline.Person(profile.displayName(), profile.resume()))
			.toList());
		return new Comparison(columns, shared, SkillMatrix.of(profiles, skillsByCandidate, experience, terms), timeline,
				terms);
	}

	/** A cell's text with the search terms marked. */
	public List<SearchTerms.Segment> mark(String text) {
		return this.terms.segments(text);
	}

	/** Whether a skill is one the search asked for. */
	public boolean asked(String skill) {
		return this.terms.matches(skill);
	}

	/** The candidate's skills by their normalized form, first spelling kept, in the resume's order. */
	private static Map<String, String> skills(ParsedResume resume) {
		return resume.allSkills()
			.stream()
			.collect(Collectors.toMap(Comparison::normalized, Function.identity(), (first, later) -> first,
					LinkedHashMap::new));
	}

	static String normalized(String skill) {
		return skill.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * One candidate's column.
	 *
	 * @param id the candidate's id
	 * @param name the name
	 * @param headline the resume's headline, or {@code null}
	 * @param currentRole the current job (or the first listed), e.g. "Research Scientist, NVIDIA"
	 * @param employers every employer, once each, in the resume's order
	 * @param education the highest degree with its school
	 * @param skills every skill, marked shared by all or unique to this candidate, shared ones first
	 * @param publications how many publications
	 * @param venues where they appeared, once each
	 * @param languages the spoken languages with fluency
	 * @param awards the award titles
	 * @param certificates the certificate names
	 * @param teaching the teaching roles
	 * @param publicationYears the latest years with publications and how many, e.g. "2024 (2), 2023 (1)"
	 * @param totalYears years of work, or {@code null} when not known
	 * @param relevantYears years with each skill the search asked for, e.g. "Python 5 yrs", or {@code null}
	 */
	record Column(long id, String name, String headline, String currentRole, List<String> employers,
			String education, List<Skill> skills, int publications, List<String> venues, List<String> languages,
			List<String> awards, List<String> certificates, List<String> teaching, String publicationYears,
			Integer totalYears, String relevantYears) {

		Column withYears(CandidateExperience experience, SearchTerms terms) {
			if (experience == null) {
				return this;
			}
			String relevant = experience.skills()
				.stream()
				.filter(skill -> terms.matches(skill.name()))
				.sorted(Comparator.comparingInt((CandidateCard.Skill skill) -> skill.years()).reversed())
				.map(skill -> skill.name() + " " + (skill.years() == 1 ? "1 yr" : skill.years() + " yrs"))
				.collect(Collectors.joining(", "));
			return new Column(this.id, this.name, this.headline, this.currentRole, this.employers, this.education,
					this.skills, this.publications, this.venues, this.languages, this.awards, this.certificates,
					this.teaching, this.publicationYears, experience.totalYears(), relevant.isEmpty() ? null : relevant);
		}

		static Column of(CandidateProfile profile, Map<String, String> skills, Map<String, Integer> holders,
				int everyone) {
			ParsedResume resume = profile.resume();
			List<Skill> chips = skills.entrySet()
				.stream()
				.map(skill -> Skill.of(skill.getValue(), holders.get(skill.getKey()), everyone))
				.sorted(Comparator.comparing(Skill::order))
				.toList();
			return new Column(profile.id(), profile.displayName(), resume.basics().label(), currentRole(resume),
					distinct(resume.work().stream().map(ParsedResume.Work::name)),
					DegreeLevel.highest(resume.education()).map(Column::education).orElse(null), chips,
					resume.publications().size(), Publications.topVenues(resume.publications()),
					resume.languages()
						.stream()
						.map(language -> joined(language.language(), language.fluency(), " (", ")"))
						.filter(Objects::nonNull)
						.toList(),
					distinct(resume.awards().stream().map(ParsedResume.Award::title)),
					distinct(resume.certificates().stream().map(ParsedResume.Certificate::name)),
					distinct(resume.teaching().stream().map(role -> joined(role.name(), role.institution(), ", ", ""))),
					Publications.recentYears(resume.publications()), null, null);
		}

		private static String currentRole(ParsedResume resume) {
			return resume.work()
				.stream()
				.min(Comparator.comparing((ParsedResume.Work work) -> work.endDate() == null ? 0 : 1))
				.map(work -> joined(work.position(), work.name(), ", ", ""))
				.orElse(null);
		}

		private static String education(ParsedResume.Education education) {
			String degree = joined(education.studyType(), education.area(), ", ", "");
			return joined(degree, education.institution(), " \u2014 ", "");
		}

		private static String joined(String first, String second, String open, String close) {
			if (first == null || second == null) {
				return first != null ? first : second;
			}
			return first + open + second + close;
		}

		static List<String> distinct(Stream<String> values) {
			Map<String, String> seen = new LinkedHashMap<>();
			values.filter(Objects::nonNull).forEach(value -> seen.putIfAbsent(normalized(value), value));
			return List.copyOf(seen.values());
		}

	}

	/**
	 * A skill chip.
	 *
	 * @param name the skill as this candidate's resume prints it
	 * @param kind {@code shared} when every candidate lists it, {@code unique} when only this one
	 * does, else {@code some}; the page's chip class
	 */
	record Skill(String name, String kind) {

		static Skill of(String name, int holders, int everyone) {
			return new Skill(name, holders == everyone ? "shared" : holders == 1 ? "unique" : "some");
		}

		/** Shared skills first, then those some others have, then this candidate's own; stable within each. */
		int order() {
			return switch (this.kind) {
				case "shared" -> 0;
				case "some" -> 1;
				default -> 2;
			};
		}

	}

}

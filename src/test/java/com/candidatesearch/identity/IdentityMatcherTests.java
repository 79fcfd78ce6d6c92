package com.candidatesearch.identity;

import java.util.List;
import java.util.Map;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Profile;
import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.ParsedResume.Work;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityMatcherTests {

	private static final List<Work> ACME_CAREER = List.of(job("Acme Corp."), job("Globex"), job("Initech"),
			job("Umbrella"), job("Hooli"));

	@Test
	void twoDifferentJohnSmithsAreNotOnePerson() {
		Identity one = identity(basics("John Smith", "john@smith.org", "+1 555 010 0123"),
				List.of(job("Acme"), job("Globex")), List.of(school("MIT")), List.of("Java", "Spring", "SQL"));
		Identity other = identity(basics("John Smith", "jsmith@example.com", "+44 20 7946 0958"),
				List.of(job("Initech")), List.of(school("Oxford")), List.of("Java", "Spring", "SQL"));

		assertThat(IdentityMatcher.match(other, 1, one)).isEmpty();
	}

	@Test
	void oneSharedEmployerAndDifferentSkillsIsNotEnoughForASharedName() {
		Identity one = identity(basics("John Smith", null, null), List.of(job("Google"), job("Acme")), List.of(),
				List.of("Java", "Spring", "SQL", "Kafka"));
		Identity other = identity(basics("John Smith", null, null), List.of(job("Google"), job("Initech")), List.of(),
				List.of("Figma", "Sketch", "User research", "Java"));

		assertThat(IdentityMatcher.match(other, 1, one)).isEmpty();
	}

	@Test
	void aFewOfManyPublicationsInCommonAreNotEnoughForASharedName() {
		List<String> mine = List.of("A Survey of Federated Learning", "Rethinking Static Analysis",
				"Sparse Diffusion Models for Edge Devices", "Benchmarking Program Synthesis", "Towards Robust Code Generation",
				"Scaling Laws for Speech Recognition");
		List<String> theirs = List.of("A Survey of Federated Learning", "Rethinking Static Analysis",
				"Efficient Object Detection at Scale", "Learning Query Optimization from Scratch",
				"On the Generalization of Recommender Systems", "Anomaly Detection without Labels");
		Identity one = identity(basics("Maria Garcia", null, null), List.of(job("Initech")), List.of(school("MIT")),
				List.of("Python", "PyTorch"), mine);
		Identity other = identity(basics("Maria Garcia", null, null), List.of(job("Hooli")), List.of(school("ETH Zurich")),
				List.of("Python", "JAX"), theirs);

		assertThat(IdentityMatcher.match(other, 1, one)).as("2 of 8 entries in common").isEmpty();
		assertThat(IdentityMatcher.match(identity(basics("M. Garcia", null, null), List.of(job("Initech"), job("Hooli")),
				List.of(school("MIT")), List.of(), mine.subList(0, 5)), 1, one))
			.as("a new version: all but one of the first one's, and a new job")
			.isPresent();
	}

	@Test
	void aChangedEmailWithTheSamePhoneIsTheSamePerson() {
		Identity before = identity(basics("Ada Lovelace", "ada@old.org", "+44 20 7946 0958"), List.of(), List.of(),
				List.of());
		Identity after = identity(basics("Ada Lovelace", "ada@new.com", "020 7946 0958"), List.of(), List.of(),
				List.of());

		assertThat(IdentityMatcher.match(after, 7, before)).hasValueSatisfying(match -> {
			assertThat(match.candidateId()).isEqualTo(7);
			assertThat(match.reasons()).containsExactly("same phone");
		});
	}

	@Test
	void theSameGithubProfileHoweverPrintedIsTheSamePerson() {
		Identity before = identity(new Basics("Grace Hopper", null, null, null, null, null, null,
				List.of(new Profile("GitHub", "GHopper", null))), List.of(), List.of(), List.of());
		Identity after = identity(new Basics("Grace B. Hopper", null, "grace@navy.mil", null, "http://www.github.com/ghopper/",
				null, null, List.of()), List.of(), List.of(), List.of());

		assertThat(IdentityMatcher.match(after, 3, before).orElseThrow().reasons()).containsExactly("same GitHub profile");
	}

	@Test
	void initialsAndSharedEmployersAreTheSamePerson() {
		Identity before = identity(basics("John Smith", "john@old.org", null), ACME_CAREER, List.of(), List.of());
		Identity after = identity(basics("J. Smith", "js@new.org", null),
				List.of(job("Acme, Inc."), job("GLOBEX"), job("Initech"), job("Umbrella"), job("Stark Industries")),
				List.of(), List.of());

		assertThat(IdentityMatcher.match(after, 5, before).orElseThrow().reasons())
			.containsExactly("name J. Smith ~ John Smith and 4 of 5 employers in common");
	}

	@Test
	void surnameFirstAccentsAndMiddleNamesStillMatchWithASchoolAndAPublication() {
		Identity before = identity(basics("José Núñez", null, null), List.of(), List.of(school("Universidad de Chile")),
				List.of(), List.of("Sparse attention for long documents"));
		Identity after = identity(basics("Nunez, Jose Luis", null, null), List.of(),
				List.of(school("Universidad de Chile")), List.of(), List.of("Sparse Attention for Long Documents."));

		assertThat(IdentityMatcher.match(after, 2, before).orElseThrow().reasons())
			.containsExactly("name Nunez, Jose Luis ~ José Núñez and 1 of 1 school, 1 of 1 publication in common");
	}

	@Test
	void aSimilarNameIsNotTheSameName() {
		Identity before = identity(basics("John Smith", null, null), ACME_CAREER, List.of(), List.of());
		Identity after = identity(basics("Jon Smith", null, null), ACME_CAREER, List.of(), List.of());

		assertThat(IdentityMatcher.match(after, 1, before)).isEmpty();
	}

	@Test
	void aNameAloneIsNeverEnough() {
		Identity before = identity(basics("Ada Lovelace", null, null), List.of(), List.of(), List.of());
		Identity after = identity(basics("Ada Lovelace", null, null), List.of(), List.of(), List.of());

		assertThat(IdentityMatcher.match(after, 1, before)).isEmpty();
	}

	@Test
	void anEmailSharedByTwoDifferentNamesNeedsASecondIdentity() {
		Identity agencyOne = identity(basics("Ada Lovelace", "cv@agency.com", null), List.of(), List.of(), List.of());
		Identity agencyTwo = identity(basics("Grace Hopper", "cv@agency.com", null), List.of(), List.of(), List.of());
		Identity samePhoneToo = identity(basics("Ada King", "cv@agency.com", "+1 555 010 0123"), List.of(), List.of(),
				List.of());

		assertThat(IdentityMatcher.match(agencyTwo, 1, agencyOne)).isEmpty();
		assertThat(IdentityMatcher.match(samePhoneToo, 1,
				identity(basics("Ada Lovelace", "cv@agency.com", "555-010-0123"), List.of(), List.of(), List.of()))
			.orElseThrow()
			.reasons()).containsExactly("same e-mail", "same phone");
	}

	@Test
	void nearlyTheSameSkillsConvinceOnlyWhenThereAreEnough() {
		List<String> skills = List.of("Rust", "Go", "Kubernetes", "Terraform", "PostgreSQL", "Kafka", "gRPC");
		Identity before = identity(basics("Linus Berg", null, null), List.of(), List.of(), skills);
		Identity after = identity(basics("L. Berg", null, null), List.of(), List.of(), skills);
		Identity few = identity(basics("Linus Berg", null, null), List.of(), List.of(), List.of("Rust", "Go"));

		assertThat(IdentityMatcher.match(after, 1, before).orElseThrow().reasons())
			.containsExactly("name L. Berg ~ Linus Berg and 7 of 7 skills in common");
		assertThat(IdentityMatcher.match(few, 1, identity(basics("Linus Berg", null, null), List.of(), List.of(),
				List.of("Rust", "Go")))).isEmpty();
	}

	@Test
	void theBestOfSeveralStoredCandidatesIsChosen() {
		Identity fresh = identity(basics("John Smith", "john@smith.org", "+1 555 010 0123"), ACME_CAREER, List.of(),
				List.of());
		Map<Long, Identity> stored = Map.of(1L, identity(basics("John Smith", null, null), ACME_CAREER, List.of(), List.of()),
				2L, identity(basics("John Smith", "john@smith.org", "555 010 0123"), ACME_CAREER, List.of(), List.of()),
				3L, identity(basics("Mary Jones", null, null), List.of(), List.of(), List.of()));

		assertThat(IdentityMatcher.best(fresh, stored).orElseThrow().candidateId()).isEqualTo(2);
	}

	@Test
	void keysOfEarlierVersionsCountAsTheCandidates() {
		Identity stored = identity(basics("Ada Lovelace", "ada@new.com", null), List.of(), List.of(), List.of())
			.withKeys(List.of("email:ada@old.org"));
		Identity fresh = identity(basics("Ada Lovelace", "Ada@Old.org", null), List.of(), List.of(), List.of());

		assertThat(IdentityMatcher.match(fresh, 1, stored).orElseThrow().reasons()).containsExactly("same e-mail");
	}

	static Basics basics(String name, String email, String phone) {
		return new Basics(name, null, email, phone, null, null, null, List.of());
	}

	static Work job(String employer) {
		return new Work(employer, "Engineer", null, "2020", null, null, List.of());
	}

	static Education school(String name) {
		return new Education(name, "Computer Science", "B.S.", null, "2015", null, List.of(), null);
	}

	static Identity identity(Basics basics, List<Work> work, List<Education> education, List<String> skills) {
		return identity(basics, work, education, skills, List.of());
	}

	static Identity identity(Basics basics, List<Work> work, List<Education> education, List<String> skills,
			List<String> publications) {
		ParsedResume resume = new ParsedResume(basics, work, education,
				List.of(new SkillGroup("Skills", skills)), null,
				publications.stream()
					.map(title -> new ParsedResume.Publication(title, null, null, null, null, List.of()))
					.toList(),
				null, null, null, null);
		return Identity.of(resume, "");
	}

}

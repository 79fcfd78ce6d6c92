package com.candidatesearch.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.candidatesearch.identity.Identity;
import com.candidatesearch.identity.IdentityMatch;
import com.candidatesearch.identity.IdentityMatcher;
import com.candidatesearch.parse.ParsedResume;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated person is a different person, so none may be offered as a new version of
 * another: the benchmark's generated people, taken in one after the other as the importer takes
 * uploads, each compared with the stored people its identity keys find (the same lookup as
 * {@code CandidateVersions.likelySamePerson}, kept in memory here). Run with
 * {@code -Didentity.sample=100000} to measure at the benchmark's largest size.
 */
class GeneratedIdentitiesTests {

	private static final int SAMPLE = Integer.getInteger("identity.sample", 5_000);

	/** As {@code CandidateVersions.LOOKUP_LIMIT}: the newest candidates one lookup compares, per kind of key. */
	private static final int LOOKUP_LIMIT = 25;

	/** How many earlier people each is compared with under one name. */
	private static final int NAMESAKES = 50;

	@Test
	void noGeneratedPersonIsOfferedAsAnotherOnesNewVersion() {
		FakeResumes fakes = new FakeResumes(CorpusGenerator.DEFAULT_SEED);
		List<Identity> stored = new ArrayList<>();
		Map<String, List<Integer>> byKey = new HashMap<>();
		List<String> falseMatches = new ArrayList<>();
		long namesakes = 0;
		for (int i = 0; i < SAMPLE; i++) {
			ParsedResume person = fakes.candidate(i);
			Identity fresh = Identity.of(person, null);
			Map<Long, Identity> found = lookUp(fresh, byKey, stored);
			namesakes += found.values().stream().filter(other -> fresh.name().compatibleWith(other.name())).count();
			Optional<IdentityMatch> match = IdentityMatcher.best(fresh, found);
			if (match.isPresent()) {
				int other = (int) match.get().candidateId();
				falseMatches.add(i + " " + person.basics().name() + " ~ " + other + " "
						+ stored.get(other).name().printed() + ": " + match.get().reasons());
			}
			stored.add(fresh);
			for (String key : fresh.keys()) {
				byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
		}
		long byName = falseMatches.stream().filter(match -> match.contains("name ")).count();
		System.out.printf("%d of %d generated people offered as another's new version: %d by a shared identity, "
				+ "%d by name and content; %d comparisons with a namesake%n", falseMatches.size(), SAMPLE,
				falseMatches.size() - byName, byName, namesakes);
		falseMatches.stream().limit(40).forEach(System.out::println);

		assertThat(falseMatches).isEmpty();
	}

	/**
	 * Generated names rarely repeat, so the test above compares few namesakes. Here every person is
	 * compared with the {@value #NAMESAKES} before them as if both had the same name and no contact
	 * in common: what a very common name meets, and only what the two resumes hold may tell them apart.
	 */
	@Test
	void differentPeopleUnderOneNameHaveTooLittleInCommonToBeTakenForOne() {
		FakeResumes fakes = new FakeResumes(CorpusGenerator.DEFAULT_SEED);
		List<Identity> people = new ArrayList<>();
		List<String> falseMatches = new ArrayList<>();
		int sample = Math.min(SAMPLE, 2_000);
		for (int i = 0; i < sample; i++) {
			Identity fresh = Identity.of(fakes.candidate(i), null);
			for (int j = Math.max(0, i - NAMESAKES); j < i; j++) {
				Identity other = people.get(j);
				Identity namesake = new Identity(fresh.name(), Set.of(), other.employers(), other.schools(),
						other.publications(), other.skills());
				IdentityMatcher.match(new Identity(fresh.name(), Set.of(), fresh.employers(), fresh.schools(),
						fresh.publications(), fresh.skills()), j, namesake)
					.ifPresent(match -> falseMatches.add(match.reasons().toString()));
			}
			people.add(fresh);
		}
		System.out.printf("%d of %d pairs of different people under one name taken for one%n", falseMatches.size(),
				(long) sample * NAMESAKES);
		falseMatches.stream().limit(20).forEach(System.out::println);

		assertThat(falseMatches).isEmpty();
	}

	/** The stored people the fresh one's exact keys find, then those its name key finds, newest first, each bounded. */
	private static Map<Long, Identity> lookUp(Identity fresh, Map<String, List<Integer>> byKey, List<Identity> stored) {
		Map<Long, Identity> found = new LinkedHashMap<>();
		List<String> exact = fresh.keys().stream().filter(key -> !key.startsWith(Identity.NAME)).toList();
		List<String> names = fresh.keys().stream().filter(key -> key.startsWith(Identity.NAME)).toList();
		for (List<String> keys : List.of(exact, names)) {
			keys.stream()
				.flatMap(key -> byKey.getOrDefault(key, List.of()).stream())
				.distinct()
				.sorted((a, b) -> Integer.compare(b, a))
				.limit(LOOKUP_LIMIT)
				.forEach(id -> found.putIfAbsent((long) id, stored.get(id)));
		}
		return found;
	}

}

package com.candidatesearch.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	@Test
	void noGeneratedPersonIsOfferedAsAnotherOnesNewVersion() {
		FakeResumes fakes = new FakeResumes(CorpusGenerator.DEFAULT_SEED);
		List<Identity> stored = new ArrayList<>();
		Map<String, List<Integer>> byKey = new HashMap<>();
		List<String> falseMatches = new ArrayList<>();
		for (int i = 0; i < SAMPLE; i++) {
			ParsedResume person = fakes.candidate(i);
			Identity fresh = Identity.of(person, null);
			Optional<IdentityMatch> match = IdentityMatcher.best(fresh, lookUp(fresh, byKey, stored));
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
				+ "%d by name and content%n", falseMatches.size(), SAMPLE, falseMatches.size() - byName, byName);
		falseMatches.stream().limit(40).forEach(System.out::println);

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

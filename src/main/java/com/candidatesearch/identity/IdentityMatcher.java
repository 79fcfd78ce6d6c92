package com.candidatesearch.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a fresh resume is a new version of a stored candidate's.
 *
 * <p>An identity that names one person (e-mail, phone, GitHub, LinkedIn, ORCID, Google Scholar)
 * is enough, unless the two names clearly differ: then it may be an agency's address or a shared
 * phone, and two such identities are needed. A name is never enough on its own: "J. Smith" and
 * "John Smith" are one person only when the resumes also share employers, schools or
 * publications, or nearly all their skills, so two different John Smiths stay two candidates.
 */
public final class IdentityMatcher {

	/** Kinds of identity in the order reasons name them, with what a reason calls each. */
	private static final Map<String, String> KINDS = kinds();

	private IdentityMatcher() {
	}

	/** The stored candidate most likely the same person as the fresh resume, if any is likely enough. */
	public static Optional<IdentityMatch> best(Identity fresh, Map<Long, Identity> stored) {
		return stored.entrySet()
			.stream()
			.map(entry -> match(fresh, entry.getKey(), entry.getValue()))
			.flatMap(Optional::stream)
			.max(Comparator.comparingInt(IdentityMatch::score).thenComparingLong(IdentityMatch::candidateId));
	}

	/** Whether the fresh resume is the stored candidate's, and why. */
	public static Optional<IdentityMatch> match(Identity fresh, long candidateId, Identity stored) {
		List<String> reasons = new ArrayList<>();
		Set<String> shared = new LinkedHashSet<>(fresh.exactKeys());
		shared.retainAll(stored.exactKeys());
		KINDS.forEach((kind, reason) -> {
			if (shared.stream().anyMatch(key -> key.startsWith(kind + ":"))) {
				reasons.add(reason);
			}
		});
		boolean namesConflict = fresh.name() != null && stored.name() != null && fresh.name().surname() != null
				&& stored.name().surname() != null && !fresh.name().compatibleWith(stored.name());
		ContentOverlap overlap = ContentOverlap.of(fresh, stored);
		if (!reasons.isEmpty() && (!namesConflict || reasons.size() >= 2)) {
			return Optional.of(new IdentityMatch(candidateId, 100 * reasons.size() + overlap.score(), reasons));
		}
		if (fresh.name() == null || stored.name() == null || !fresh.name().compatibleWith(stored.name())
				|| !overlap.convincing()) {
			return Optional.empty();
		}
		String names = fresh.name().sameAs(stored.name()) ? "same name " + fresh.name().printed()
				: "name " + fresh.name().printed() + " ~ " + stored.name().printed();
		return Optional.of(new IdentityMatch(candidateId, overlap.score(),
				List.of(names + " and " + overlap.describe() + " in common")));
	}

	private static Map<String, String> kinds() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("email", "same e-mail");
		kinds.put("phone", "same phone");
		kinds.put("github", "same " + OnlineProfiles.NAMES.get("github"));
		kinds.put("orcid", "same " + OnlineProfiles.NAMES.get("orcid"));
		kinds.put("scholar", "same " + OnlineProfiles.NAMES.get("scholar"));
		kinds.put("linkedin", "same " + OnlineProfiles.NAMES.get("linkedin"));
		return kinds;
	}

}

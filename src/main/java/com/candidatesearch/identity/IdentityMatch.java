package com.candidatesearch.identity;

import java.util.List;

/**
 * Why a fresh resume looks like a stored candidate's.
 *
 * @param candidateId the stored candidate
 * @param score how strongly: each identity the two share counts far more than what they have in common
 * @param reasons what the recruiter is shown, e.g. "same phone", "same GitHub profile",
 * "name J. Smith ~ John Smith and 4 of 5 employers in common"
 */
public record IdentityMatch(long candidateId, int score, List<String> reasons) {

	public IdentityMatch {
		reasons = List.copyOf(reasons);
	}

}

package com.candidatesearch.candidate;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives candidates stored before identity keys were kept (schema V7) the keys a new version of
 * their resume is found by. Runs when the application starts, after the web server is up, in
 * batches of one transaction each; a candidate that has keys is never touched, so running it
 * again, or after a crash half-way, only finishes what is left.
 *
 * <p>A start-up job rather than a Flyway Java migration: the keys come from the profile as the
 * application reads it ({@link Candidate#toContract()}), which a migration working on plain
 * JDBC would have to rebuild table by table, on H2 and PostgreSQL alike.
 */
@Component
class IdentityBackfill {

	private static final Logger log = LoggerFactory.getLogger(IdentityBackfill.class);

	static final int BATCH = 200;

	private final CandidateRepository candidates;

	private final TransactionTemplate transactions;

	IdentityBackfill(CandidateRepository candidates, TransactionTemplate transactions) {
		this.candidates = candidates;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void backfillOnStart() {
		int filled = backfill();
		if (filled > 0) {
			log.info("Gave {} candidates stored before schema V7 the identity keys new versions are found by", filled);
		}
	}

	/** Fills the keys of every candidate that has none; answers how many got keys. */
	int backfill() {
		return backfill(BATCH);
	}

	int backfill(int batch) {
		int filled = 0;
		long after = 0;
		while (true) {
			List<Long> ids = this.candidates.findIdsWithoutIdentityKeysAfter(after, PageRequest.of(0, batch));
			if (ids.isEmpty()) {
				return filled;
			}
			filled += this.transactions.execute(status -> (int) this.candidates.findWithResumeByIdIn(ids)
				.stream()
				.filter(Candidate::addIdentityKeysOfProfile)
				.count());
			// A candidate whose profile names nobody stays without keys; the cursor moves past it.
			after = ids.get(ids.size() - 1);
		}
	}

}

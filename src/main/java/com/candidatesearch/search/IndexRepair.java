package com.candidatesearch.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.candidatesearch.candidate.Candidate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the index agree with the database when the application starts. The database is the
 * record: a candidate it holds that the index lacks (the process died between the database
 * commit and the index write, or the index folder was lost) is indexed again, and an index
 * document without a candidate is removed. A candidate the index refuses is set aside and
 * reported (the log, {@code /actuator/health}, the administrators' index page), never a reason
 * for the application not to start.
 */
@Component
public class IndexRepair {

	private static final Logger log = LoggerFactory.getLogger(IndexRepair.class);

	private static final int BATCH = 200;

	/** The report names this many refused candidates at most; the count is always whole. */
	static final int REPORTED = 100;

	private final EntityManagerFactory entityManagerFactory;

	private volatile Report last = new Report(null, 0, 0, List.of(), 0, null);

	IndexRepair(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * What a repair did.
	 *
	 * @param indexed candidates that were missing from the index and were indexed
	 * @param removed index documents whose candidate no longer exists, removed
	 */
	record Result(int indexed, int removed) {
	}

	/**
	 * A candidate the index refused, and why.
	 *
	 * @param id the candidate's id
	 * @param reason the index's own message, cut to one line
	 */
	public record Refused(long id, String reason) {
	}

	/**
	 * What the last repair found.
	 *
	 * @param finishedAt when it ended; {@code null} before the first
	 * @param indexed candidates indexed again
	 * @param removed stale documents removed
	 * @param refused candidates the index refused, the first {@value #REPORTED}
	 * @param refusedCount how many the index refused in all
	 * @param error why the repair could not run at all, if it could not
	 */
	public record Report(Instant finishedAt, int indexed, int removed, List<Refused> refused, int refusedCount,
			String error) {

		public boolean clean() {
			return this.refusedCount == 0 && this.error == null;
		}

	}

	/** What the last repair found; empty (and clean) before the first. */
	public Report lastReport() {
		return this.last;
	}

	@EventListener(ApplicationReadyEvent.class)
	void repairOnStart() {
		try {
			Result result = repair();
			if (result.indexed() > 0 || result.removed() > 0) {
				log.warn("The search index did not agree with the database: indexed {} missing candidates, removed {} "
						+ "stale documents", result.indexed(), result.removed());
			}
		}
		catch (RuntimeException ex) {
			// The application still serves what the index holds; an administrator sees why on the index page.
			log.error("The search index could not be checked against the database on start; searches use the index "
					+ "as it is. Run a reindex (POST /api/admin/reindex) once the cause is fixed.", ex);
			this.last = new Report(Instant.now(), 0, 0, List.of(), 0, oneLine(ex));
		}
	}

	Result repair() {
		Set<Long> stored;
		Set<Long> indexed;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			stored = new HashSet<>(entityManager.createQuery("select c.id from Candidate c", Long.class).getResultList());
			indexed = indexedIds(Search.session(entityManager));
		}
		List<Long> missing = new ArrayList<>(stored);
		missing.removeAll(indexed);
		List<Long> stale = new ArrayList<>(indexed);
		stale.removeAll(stored);
		List<Refused> refused = new ArrayList<>();
		for (int from = 0; from < missing.size(); from += BATCH) {
			refused.addAll(indexEach(missing.subList(from, Math.min(missing.size(), from + BATCH))));
		}
		if (!stale.isEmpty()) {
			purge(stale);
		}
		for (Refused one : refused) {
			log.error("Candidate {} could not be indexed and is missing from search: {}", one.id(), one.reason());
		}
		this.last = new Report(Instant.now(), missing.size() - refused.size(), stale.size(),
				List.copyOf(refused.subList(0, Math.min(REPORTED, refused.size()))), refused.size(), null);
		return new Result(missing.size() - refused.size(), stale.size());
	}
	/**
	 * Every id in the index, read in chunks: Elasticsearch and OpenSearch refuse to page past
	 * 10,000 hits ({@code index.max_result_window}), which fetching all hits at once would do.
	 */
	private static Set<Long> indexedIds(SearchSession session) {
		Set<Long> ids = new HashSet<>();
		try (SearchScroll<Long> scroll = session.search(Candidate.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.matchAll())
			.scroll(BATCH * 5)) {
			for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				ids.addAll(chunk.hits());
			}
		}
		return ids;
	}

	/** Indexes a batch at once; when the index refuses it, each candidate alone, so one refusal costs one. */
	private List<Refused> indexEach(List<Long> ids) {
		try {
			index(ids);
			return List.of();
		}
		catch (RuntimeException batchFailed) {
			List<Refused> refused = new ArrayList<>();
			for (Long id : ids) {
				try {
					index(List.of(id));
				}
				catch (RuntimeException ex) {
					refused.add(new Refused(id, oneLine(ex)));
				}
			}
			return refused;
		}
	}

	private void index(List<Long> ids) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			for (Candidate candidate : entityManager.createQuery("select c from Candidate c where c.id in :ids",
					Candidate.class).setParameter("ids", ids).getResultList()) {
				session.indexingPlan().addOrUpdate(candidate);
			}
			session.indexingPlan().execute();
		}
	}

	/** The innermost message of a failure, on one line and short enough for a page. */
	private static String oneLine(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		message = message.replaceAll("\\s+", " ").strip();
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}

	private void purge(List<Long> ids) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(entityManager);
			ids.forEach(id -> session.indexingPlan().purge(Candidate.class, id, null));
			session.indexingPlan().execute();
		}
		finally {
			entityManager.close();
		}
	}

}

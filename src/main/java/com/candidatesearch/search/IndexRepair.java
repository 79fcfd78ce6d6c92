package com.candidatesearch.search;

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
 * document without a candidate is removed.
 */
@Component
class IndexRepair {

	private static final Logger log = LoggerFactory.getLogger(IndexRepair.class);

	private static final int BATCH = 200;

	private final EntityManagerFactory entityManagerFactory;

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

	@EventListener(ApplicationReadyEvent.class)
	void repairOnStart() {
		Result result = repair();
		if (result.indexed() > 0 || result.removed() > 0) {
			log.warn("The search index did not agree with the database: indexed {} missing candidates, removed {} "
					+ "stale documents", result.indexed(), result.removed());
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
		for (int from = 0; from < missing.size(); from += BATCH) {
			index(missing.subList(from, Math.min(missing.size(), from + BATCH)));
		}
		if (!stale.isEmpty()) {
			purge(stale);
		}
		return new Result(missing.size(), stale.size());
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

	private void index(List<Long> ids) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(entityManager);
			for (Candidate candidate : entityManager.createQuery("select c from Candidate c where c.id in :ids",
					Candidate.class).setParameter("ids", ids).getResultList()) {
				session.indexingPlan().addOrUpdate(candidate);
			}
			session.indexingPlan().execute();
		}
		finally {
			entityManager.close();
		}
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

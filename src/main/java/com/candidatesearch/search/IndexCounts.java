package com.candidatesearch.search;

import com.candidatesearch.candidate.Candidate;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

/**
 * How many documents the index holds and how many candidates the database, for health and the
 * administrators' index page alike.
 *
 * @param documents documents in the index
 * @param candidates candidates in the database
 */
record IndexCounts(long documents, long candidates) {

	static IndexCounts read(EntityManager entityManager) {
		long documents = Search.session(entityManager).search(Candidate.class).where(f -> f.matchAll()).fetchTotalHitCount();
		long candidates = entityManager.createQuery("select count(c) from Candidate c", Long.class).getSingleResult();
		return new IndexCounts(documents, candidates);
	}

	boolean inSync() {
		return this.documents == this.candidates;
	}

}

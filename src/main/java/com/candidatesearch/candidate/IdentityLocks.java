package com.candidatesearch.candidate;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Row locks on the slots of identity keys (table {@code identity_lock}), so two uploads of one
 * person decide one after the other whether they are the same person, on every node that shares
 * the database. A lock is held until the transaction that took it ends.
 */
@Component
class IdentityLocks {

	/** As many as the migration inserts (V8). */
	static final int SLOTS = 1024;

	private final EntityManager entityManager;

	IdentityLocks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Locks the slots of these keys, in slot order so two uploads never wait for each other in a circle. */
	@Transactional(propagation = Propagation.MANDATORY)
	void lock(Collection<String> keys) {
		List<Integer> slots = keys.stream().map(IdentityLocks::slot).distinct().sorted().toList();
		if (slots.isEmpty()) {
			return;
		}
		this.entityManager
			.createNativeQuery("SELECT slot FROM identity_lock WHERE slot IN (:slots) ORDER BY slot FOR UPDATE")
			.setParameter("slots", slots)
			.getResultList();
	}

	/** String.hashCode is fixed by the language, so every node puts a key in the same slot. */
	static int slot(String key) {
		return Math.floorMod(key.hashCode(), SLOTS);
	}

}

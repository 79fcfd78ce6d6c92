package com.candidatesearch.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

	/**
	 * Locks every account of the role ({@code SELECT ... FOR UPDATE}), in id order so that two
	 * transactions taking the same locks cannot deadlock: a second administrator change waits
	 * for the first to commit, and then counts what it left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = :role order by a.id")
	List<Account> lockByRole(Role role);

	List<Account> findAllByOrderByUsername();

}

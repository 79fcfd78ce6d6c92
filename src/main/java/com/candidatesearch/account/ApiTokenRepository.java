package com.candidatesearch.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	/** The token with this hash and its account, in one query: every token request asks. */
	@Query("select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
	Optional<ApiToken> findByHash(String hash);

	List<ApiToken> findByAccountUsernameOrderByCreatedAtDesc(String username);

	Optional<ApiToken> findByIdAndAccountUsername(long id, String username);

	long countByAccountUsername(String username);

	/** Notes a use unless one was noted since {@code since}, so a busy token costs a write a minute, not one a request. */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
	int touch(long id, Instant now, Instant since);

}

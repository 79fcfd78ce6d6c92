package com.candidatesearch.candidate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	@Query("select c.id from Candidate c where c.resume.sha256 = :sha256")
	Optional<Long> findIdByResumeSha256(String sha256);

	/** The candidates any of these identity keys name, newest first. */
	@Query("select distinct c.id from Candidate c join c.identityKeys k where k in :keys order by c.id desc")
	List<Long> findIdsByIdentityKeyIn(Collection<String> keys, Pageable page);

	/** Candidates after this id that have no identity key, in order of id. */
	@Query("select c.id from Candidate c where c.id > :after and c.identityKeys is empty order by c.id")
	List<Long> findIdsWithoutIdentityKeysAfter(long after, Pageable page);

	@Query("select c from Candidate c join fetch c.resume where c.id in :ids")
	List<Candidate> findWithResumeByIdIn(Collection<Long> ids);

}

package com.candidatesearch.candidate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PendingVersionRepository extends JpaRepository<PendingVersion, Long> {

	Optional<PendingVersion> findBySha256(String sha256);

	Optional<PendingVersion> findByIdAndCandidateId(long id, long candidateId);

	List<PendingVersion> findByCandidateIdOrderById(long candidateId);

	@Query("select p.storagePath from PendingVersion p where p.candidateId = :candidateId")
	List<String> findStoragePathsByCandidateId(long candidateId);

	List<PendingVersion> findByUploadedAtBefore(Instant cutoff);

}

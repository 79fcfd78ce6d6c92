package com.candidatesearch.candidate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResumeVersionRepository extends JpaRepository<ResumeVersion, Long> {

	List<ResumeVersion> findByCandidateIdOrderById(long candidateId);

	@Query("select v.storagePath from ResumeVersion v where v.candidateId = :candidateId")
	List<String> findStoragePathsByCandidateId(long candidateId);

	@Query("select v.candidateId from ResumeVersion v where v.sha256 = :sha256")
	List<Long> findCandidateIdsBySha256(String sha256);

	Optional<ResumeVersion> findByIdAndCandidateId(long id, long candidateId);

	long countByCandidateId(long candidateId);

}

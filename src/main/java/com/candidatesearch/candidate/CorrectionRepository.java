package com.candidatesearch.candidate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionRepository extends JpaRepository<Correction, Long> {

	/** The corrections still applied to the candidate, oldest first. */
	List<Correction> findByCandidateIdAndRetiredAtIsNullOrderById(long candidateId);

}

package com.candidatesearch.candidate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionRepository extends JpaRepository<Correction, Long> {

	List<Correction> findByCandidateIdOrderById(long candidateId);

}

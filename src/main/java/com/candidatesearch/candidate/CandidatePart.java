package com.candidatesearch.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one candidate and keeps its place in the resume's order. */
@MappedSuperclass
abstract class CandidatePart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "candidate_id")
	private Candidate candidate;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	void attach(Candidate owner, int order) {
		this.candidate = owner;
		this.sortOrder = order;
	}

	public Long getId() {
		return this.id;
	}

	public Candidate getCandidate() {
		return this.candidate;
	}

}

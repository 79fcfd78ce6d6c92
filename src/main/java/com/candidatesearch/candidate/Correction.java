package com.candidatesearch.candidate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recruiter's correction of one parsed field ({@code work[1].name}) or the removal of an
 * entry ({@code publications[3]}), in the contract's terms. Corrections are applied in the
 * order they were made, so an index always means the entry as the recruiter saw it.
 */
@Entity
@Table(name = "candidate_correction")
class Correction {

	enum Action {

		/** The field takes the corrected value; no value clears it. */
		SET,

		/** The entry is left out, e.g. the second half of a publication split in two. */
		REMOVE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "candidate_id", nullable = false)
	private long candidateId;

	@Column(nullable = false, length = 100)
	private String path;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Action action;

	@Column(name = "corrected_value", length = Bounded.LONG)
	private String correctedValue;

	@Column(name = "parsed_value", length = Bounded.LONG)
	private String parsedValue;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "retired_at")
	private Instant retiredAt;

	protected Correction() {
	}

	private Correction(long candidateId, String path, Action action, String correctedValue, String parsedValue) {
		this.candidateId = candidateId;
		this.path = path;
		this.action = action;
		this.correctedValue = Bounded.cut(correctedValue, Bounded.LONG);
		this.parsedValue = Bounded.cut(parsedValue, Bounded.LONG);
		this.createdAt = Instant.now();
	}

	static Correction set(long candidateId, String path, String value, String before) {
		return new Correction(candidateId, path, Action.SET, value, before);
	}

	static Correction remove(long candidateId, String path, String before) {
		return new Correction(candidateId, path, Action.REMOVE, null, before);
	}

	/** The same correction of the same value, found at another place in a new version of the resume. */
	void movedTo(String newPath) {
		this.path = newPath;
	}

	/** The new version of the resume no longer holds what was corrected: kept on record, applied no more. */
	void retire() {
		this.retiredAt = Instant.now();
	}

	String getPath() {
		return this.path;
	}

	Action getAction() {
		return this.action;
	}

	String getCorrectedValue() {
		return this.correctedValue;
	}

	String getParsedValue() {
		return this.parsedValue;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}

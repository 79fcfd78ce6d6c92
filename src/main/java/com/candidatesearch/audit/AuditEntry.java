package com.candidatesearch.audit;

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
 * One line of the audit log. Values come partly from resumes and from what someone typed into
 * the sign-in form, so each is cut to its column instead of failing the change it records.
 */
@Entity
@Table(name = "audit_log")
class AuditEntry {

	static final int NAME = 64;

	static final int CANDIDATE_NAME = 500;

	static final int DETAIL = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = NAME)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AuditAction action;

	@Column(name = "candidate_id")
	private Long candidateId;

	@Column(name = "candidate_name", length = CANDIDATE_NAME)
	private String candidateName;

	@Column(length = DETAIL)
	private String detail;

	@Column(name = "remote_address", length = NAME)
	private String remoteAddress;

	protected AuditEntry() {
	}

	AuditEntry(String username, AuditAction action, Long candidateId, String candidateName, String detail,
			String remoteAddress) {
		this.occurredAt = Instant.now();
		this.username = cut(username, NAME);
		this.action = action;
		this.candidateId = candidateId;
		this.candidateName = cut(candidateName, CANDIDATE_NAME);
		this.detail = cut(detail, DETAIL);
		this.remoteAddress = cut(remoteAddress, NAME);
	}

	private static String cut(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "…";
	}

	Long getId() {
		return this.id;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	String getUsername() {
		return this.username;
	}

	AuditAction getAction() {
		return this.action;
	}

	Long getCandidateId() {
		return this.candidateId;
	}

	String getCandidateName() {
		return this.candidateName;
	}

	String getDetail() {
		return this.detail;
	}

	String getRemoteAddress() {
		return this.remoteAddress;
	}

}

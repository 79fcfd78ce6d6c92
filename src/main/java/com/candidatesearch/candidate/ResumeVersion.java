package com.candidatesearch.candidate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An earlier version of a candidate's resume: the profile as it stood when a newer version
 * replaced it (the contract's JSON, corrections applied) and the file it was parsed from.
 */
@Entity
@Table(name = "resume_version")
class ResumeVersion {

	/** The longest profile kept as a version, in characters of JSON; the column's size. */
	static final int MAX_JSON = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "candidate_id", nullable = false)
	private long candidateId;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "media_type", nullable = false, length = 255)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "storage_path", nullable = false, length = 255)
	private String storagePath;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "replaced_at", nullable = false)
	private Instant replacedAt;

	@Column(name = "parse_json", nullable = false, length = MAX_JSON)
	private String parseJson;

	protected ResumeVersion() {
	}

	/** The version a candidate holds now, about to be replaced. */
	ResumeVersion(long candidateId, Resume file, String parseJson) {
		this.candidateId = candidateId;
		this.fileName = file.getFileName();
		this.mediaType = file.getMediaType();
		this.sizeBytes = file.getSizeBytes();
		this.sha256 = file.getSha256();
		this.storagePath = file.getStoragePath();
		this.uploadedAt = file.getUploadedAt();
		this.replacedAt = Instant.now();
		this.parseJson = parseJson;
	}

	Long getId() {
		return this.id;
	}

	long getCandidateId() {
		return this.candidateId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getMediaType() {
		return this.mediaType;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

	String getSha256() {
		return this.sha256;
	}

	String getStoragePath() {
		return this.storagePath;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

	String getParseJson() {
		return this.parseJson;
	}

}

package com.candidatesearch.candidate;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An upload that looks like a new version of a stored candidate's resume, held with its stored
 * original and its parse until a recruiter updates the candidate with it or keeps it apart.
 */
@Entity
@Table(name = "pending_version")
class PendingVersion {

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

	@Column(nullable = false, unique = true, length = 64)
	private String sha256;

	@Column(name = "storage_path", nullable = false, length = 255)
	private String storagePath;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "extracted_text", length = Bounded.DOCUMENT)
	private String extractedText;

	@Column(name = "parse_json", nullable = false, length = ResumeVersion.MAX_JSON)
	private String parseJson;

	@Column(nullable = false, length = 4000)
	private String reasons;

	protected PendingVersion() {
	}

	PendingVersion(long candidateId, String fileName, String mediaType, long sizeBytes, String sha256,
			String storagePath, String extractedText, String parseJson, List<String> reasons) {
		this.candidateId = candidateId;
		this.fileName = Bounded.cut(fileName, 255);
		this.mediaType = Bounded.cut(mediaType, 255);
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storagePath = storagePath;
		this.uploadedAt = Instant.now();
		this.extractedText = Bounded.cut(extractedText, Bounded.DOCUMENT);
		this.parseJson = parseJson;
		this.reasons = Bounded.cut(String.join("\n", reasons), 4000);
	}

	/** The file as the candidate's resume, once the recruiter takes it as the new version. */
	Resume toResume() {
		return new Resume(this.fileName, this.mediaType, this.sizeBytes, this.sha256, this.extractedText,
				this.storagePath);
	}

	Long getId() {
		return this.id;
	}

	long getCandidateId() {
		return this.candidateId;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

	String getFileName() {
		return this.fileName;
	}

	String getSha256() {
		return this.sha256;
	}

	String getStoragePath() {
		return this.storagePath;
	}

	String getMediaType() {
		return this.mediaType;
	}

	String getExtractedText() {
		return this.extractedText;
	}

	String getParseJson() {
		return this.parseJson;
	}

	List<String> getReasons() {
		return Arrays.stream(this.reasons.split("\n")).filter(reason -> !reason.isBlank()).toList();
	}

}

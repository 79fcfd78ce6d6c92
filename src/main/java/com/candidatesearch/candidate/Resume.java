package com.candidatesearch.candidate;

import java.time.Instant;

import com.candidatesearch.search.Analyzers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** The file a candidate was parsed from: what was uploaded, and the text extracted from it. */
@Entity
@Table(name = "resume")
public class Resume {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "media_type", nullable = false, length = 255)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, unique = true, length = 64)
	private String sha256;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@FullTextField(name = "text", analyzer = Analyzers.TEXT, highlightable = Highlightable.ANY,
			projectable = Projectable.YES)
	@Column(name = "extracted_text", length = Bounded.DOCUMENT)
	private String extractedText;

	@Column(name = "storage_path", nullable = false, length = 255)
	private String storagePath;

	protected Resume() {
	}

	Resume(String fileName, String mediaType, long sizeBytes, String sha256, String extractedText,
			String storagePath) {
		this.fileName = Bounded.cut(fileName, 255);
		this.mediaType = Bounded.cut(mediaType, 255);
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedAt = Instant.now();
		this.extractedText = Bounded.cut(extractedText, Bounded.DOCUMENT);
		this.storagePath = storagePath;
	}

	/** The text as a newer parser extracts it from the same bytes. */
	void reextracted(String text) {
		this.extractedText = Bounded.cut(text, Bounded.DOCUMENT);
	}

	public Long getId() {
		return this.id;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getExtractedText() {
		return this.extractedText;
	}

	String getStoragePath() {
		return this.storagePath;
	}

}

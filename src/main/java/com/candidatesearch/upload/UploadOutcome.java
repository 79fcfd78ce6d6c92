package com.candidatesearch.upload;

import java.util.List;

import com.candidatesearch.candidate.HeldVersion;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one uploaded file.
 *
 * @param file the file's name as uploaded
 * @param status {@code created}, {@code duplicate}, {@code version} or {@code failed}
 * @param id the candidate created, the one the file duplicates, or the one it looks like a new
 * version of; {@code null} when it failed
 * @param pendingId for a {@code version}: the held upload, to accept with
 * {@code POST /api/candidates/{id}/versions/{pendingId}} or keep apart with {@code …/separate}
 * @param name for a {@code version}: the name of the candidate it looks like
 * @param reasons for a {@code version}: why it looks like that candidate's ("same phone", …)
 * @param heldFile for a {@code version}: the name the held upload is kept under, which the version
 * takes if accepted; the name of its first upload when the same bytes are uploaded again
 * @param error what went wrong and what to do, when it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadOutcome(String file, String status, Long id, Long pendingId, String name, List<String> reasons,
		String heldFile, String error) {

	static final String CREATED = "created";

	static final String DUPLICATE = "duplicate";

	static final String VERSION = "version";

	static final String FAILED = "failed";

	public UploadOutcome {
		reasons = reasons == null ? null : List.copyOf(reasons);
	}

	public UploadOutcome(String file, String status, Long id, String error) {
		this(file, status, id, null, null, null, null, error);
	}

	static UploadOutcome created(String file, long id) {
		return new UploadOutcome(file, CREATED, id, null);
	}

	static UploadOutcome duplicate(String file, long id) {
		return new UploadOutcome(file, DUPLICATE, id, null);
	}

	static UploadOutcome version(String file, HeldVersion held) {
		return new UploadOutcome(file, VERSION, held.candidateId(), held.pendingId(), held.candidateName(),
				held.reasons(), held.fileName(), null);
	}

	static UploadOutcome failed(String file, String error) {
		return new UploadOutcome(file, FAILED, null, error);
	}

	@JsonIgnore
	public boolean isCreated() {
		return CREATED.equals(this.status);
	}

	@JsonIgnore
	public boolean isDuplicate() {
		return DUPLICATE.equals(this.status);
	}

	@JsonIgnore
	public boolean isVersion() {
		return VERSION.equals(this.status);
	}

	/** Whether these bytes were held already under another name. */
	@JsonIgnore
	public boolean isHeldUnderAnotherName() {
		return isVersion() && this.heldFile != null && !this.heldFile.equals(this.file);
	}

	@JsonIgnore
	public boolean isFailed() {
		return FAILED.equals(this.status);
	}

}

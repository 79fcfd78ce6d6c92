package com.candidatesearch.upload;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one uploaded file.
 *
 * @param file the file's name as uploaded
 * @param status {@code created}, {@code duplicate} or {@code failed}
 * @param id the candidate created, or the one the file duplicates; {@code null} when it failed
 * @param error what went wrong and what to do, when it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadOutcome(String file, String status, Long id, String error) {

	static final String CREATED = "created";

	static final String DUPLICATE = "duplicate";

	static final String FAILED = "failed";

	static UploadOutcome created(String file, long id) {
		return new UploadOutcome(file, CREATED, id, null);
	}

	static UploadOutcome duplicate(String file, long id) {
		return new UploadOutcome(file, DUPLICATE, id, null);
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
	public boolean isFailed() {
		return FAILED.equals(this.status);
	}

}

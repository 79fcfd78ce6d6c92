package com.candidatesearch.candidate;

/**
 * What storing an upload came to: a candidate of its own, or an upload held as a likely new
 * version of a stored candidate's resume.
 *
 * @param createdId the new candidate's id; {@code null} when the upload was held
 * @param held the held upload; {@code null} when a candidate was created
 */
public record StoredUpload(Long createdId, HeldVersion held) {

	static StoredUpload created(long id) {
		return new StoredUpload(id, null);
	}

	static StoredUpload held(HeldVersion held) {
		return new StoredUpload(null, held);
	}

	public boolean isHeld() {
		return this.held != null;
	}

}

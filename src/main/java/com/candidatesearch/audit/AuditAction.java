package com.candidatesearch.audit;

/** What an audit entry records; the names are stored, so they are never renamed. */
public enum AuditAction {

	UPLOAD("uploaded"),

	DUPLICATE("uploaded a duplicate"),

	UPLOAD_FAILED("upload failed"),

	VERSION_HELD("uploaded a new version, held"),

	VERSION_ACCEPTED("took a new version"),

	VERSION_KEPT_APART("kept a held upload as a separate candidate"),

	VERSION_DISCARDED("discarded a held upload"),

	EDIT("corrected"),

	REPARSE("parsed again"),

	EXPORT("exported JSON"),

	DOWNLOAD("opened the original"),

	DELETE("deleted"),

	LOGIN("signed in"),

	LOGIN_FAILED("sign-in failed"),

	LOGIN_PAUSED("sign-ins paused after repeated failures"),

	USER_ADDED("added a user"),

	USER_DISABLED("disabled a user"),

	USER_ENABLED("enabled a user"),

	PASSWORD_RESET("reset a password"),

	TOKEN_CREATED("created an API token"),

	TOKEN_REVOKED("revoked an API token");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	/** How the audit page says it. */
	public String label() {
		return this.label;
	}

}

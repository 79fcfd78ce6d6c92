package com.candidatesearch.audit;

import java.util.Locale;

/**
 * What the audit page is narrowed to; each part is optional.
 *
 * @param user entries of this user only
 * @param action entries of this action only
 * @param candidate entries about this candidate id only
 */
record AuditFilter(String user, AuditAction action, Long candidate) {

	AuditFilter {
		user = user == null || user.isBlank() ? null : user.strip().toLowerCase(Locale.ROOT);
	}

	/** Reads the page's parameters; an unknown action is ignored rather than refused. */
	static AuditFilter of(String user, String action, Long candidate) {
		AuditAction parsed = null;
		if (action != null && !action.isBlank()) {
			try {
				parsed = AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				parsed = null;
			}
		}
		return new AuditFilter(user, parsed, candidate);
	}

}

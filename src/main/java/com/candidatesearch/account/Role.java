package com.candidatesearch.account;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

/** What an account may do; the names are stored, so they are never renamed. */
public enum Role {

	/** Searches, uploads, corrects, exports and deletes candidates. */
	RECRUITER("Recruiter"),

	/** Everything a recruiter does, plus accounts, the audit log and the admin API. */
	ADMIN("Administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The authorities Spring Security checks: an administrator holds the recruiter's role too. */
	List<GrantedAuthority> authorities() {
		return this == ADMIN ? AuthorityUtils.createAuthorityList("ROLE_RECRUITER", "ROLE_ADMIN")
				: AuthorityUtils.createAuthorityList("ROLE_RECRUITER");
	}

}

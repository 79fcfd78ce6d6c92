package com.candidatesearch.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in account as Spring Security keeps it in the session, with a stamp of the password
 * it signed in with. Spring erases the password itself after sign-in; the stamp stays, so a
 * session can tell that the password was reset since and end.
 */
public final class AccountUser extends User {

	private static final long serialVersionUID = 1L;

	private final String credentialsStamp;

	AccountUser(String username, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.credentialsStamp = stamp(passwordHash);
	}

	/**
	 * Whether a session signed in as {@code signedIn} is still good for the account as it is now,
	 * {@code current}: enabled, and with the password it signed in with.
	 */
	public static boolean stillValid(Object signedIn, UserDetails current) {
		if (!current.isEnabled()) {
			return false;
		}
		if (signedIn instanceof AccountUser before && current instanceof AccountUser now) {
			return MessageDigest.isEqual(before.credentialsStamp.getBytes(StandardCharsets.US_ASCII),
					now.credentialsStamp.getBytes(StandardCharsets.US_ASCII));
		}
		return true;
	}

	/** A digest of the hash, not the hash: the session need not hold what a password could be tried against. */
	private static String stamp(String passwordHash) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

package com.candidatesearch.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a password must be, and strong generated ones. The longest allowed is bcrypt's limit:
 * it reads only the first 72 bytes, and Spring Security refuses longer input rather than
 * silently ignoring the rest.
 */
final class Passwords {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	/** 144 random bits as 24 URL-safe characters: nothing to misread or escape in a shell. */
	static String generate() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** What is wrong with a chosen password, or {@code null} when it will do. */
	static String problem(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "A password needs at least " + MIN_LENGTH + " characters; leave it empty to have one generated.";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "A password may be at most " + MAX_BYTES + " bytes long (72 plain letters and digits).";
		}
		if (password.isBlank()) {
			return "A password cannot be only spaces.";
		}
		return null;
	}

}

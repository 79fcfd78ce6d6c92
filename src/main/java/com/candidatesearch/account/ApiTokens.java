package com.candidatesearch.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user creates one for a script, sees it once, and may revoke it. A
 * request bearing a token is signed in as its account, with the account's role as it is now; a
 * disabled account's tokens stop working at once. Checking a token costs a SHA-256 and a look-up
 * by primary key, not a password hash, and creates no session.
 */
@Service
public class ApiTokens {

	/** What every token starts with, so one found in a file or a log is recognisable. */
	static final String SCHEME = "cs_";

	/** The token's first characters, shown to tell tokens apart: far too few to guess the rest from. */
	static final int PREFIX_LENGTH = SCHEME.length() + 6;

	/** Tokens one account may hold: enough for every script, few enough that the page stays a list. */
	static final int MAX_PER_ACCOUNT = 50;

	/** A use is noted at most this often per token. */
	static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

	private static final Pattern FORM = Pattern.compile("cs_[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final Clock clock;

	@Autowired
	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditLog audit) {
		this(tokens, accounts, audit, Clock.systemUTC());
	}

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a token for the user.
	 * @return the token, to be shown this once: only its hash is kept
	 * @throws AccountException when the name is blank or too long, or the user has too many tokens
	 */
	@Transactional
	public Created create(String username, String name) {
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 100) {
			throw new AccountException("Name the token (1 to 100 characters) after the script that will use it, "
					+ "so you know which one to revoke.");
		}
		Account account = this.accounts.findByUsername(AccountDetails.normalized(username))
			.orElseThrow(() -> new AccountException("There is no user called " + username + "."));
		if (this.tokens.countByAccountUsername(account.getUsername()) >= MAX_PER_ACCOUNT) {
			throw new AccountException("You have " + MAX_PER_ACCOUNT + " tokens, the most one account may hold. "
					+ "Revoke those you no longer use first.");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken saved = this.tokens.save(new ApiToken(account, label, hash(token), token.substring(0, PREFIX_LENGTH)));
		this.audit.record(AuditAction.TOKEN_CREATED, null, null, describe(saved));
		return new Created(label, token);
	}

	/** The user's tokens, newest first. */
	@Transactional(readOnly = true)
	List<ApiToken> of(String username) {
		return this.tokens.findByAccountUsernameOrderByCreatedAtDesc(AccountDetails.normalized(username));
	}

	/**
	 * Revokes one of the user's tokens: it stops working at once.
	 * @return the token's name
	 * @throws AccountException when the user has no such token
	 */
	@Transactional
	String revoke(String username, long id) {
		ApiToken token = this.tokens.findByIdAndAccountUsername(id, AccountDetails.normalized(username))
			.orElseThrow(() -> new AccountException("There is no such token; it may have been revoked already."));
		this.tokens.delete(token);
		this.audit.record(AuditAction.TOKEN_REVOKED, null, null, describe(token));
		return token.getName();
	}

	/**
	 * The account a token signs in as, when it is a current token of an enabled account; notes
	 * the use at most once a minute.
	 */
	@Transactional
	public Optional<UserDetails> authenticate(String token) {
		if (token == null || !FORM.matcher(token).matches()) {
			return Optional.empty();
		}
		Optional<ApiToken> found = this.tokens.findByHash(hash(token));
		if (found.isEmpty() || !found.get().getAccount().isEnabled()) {
			return Optional.empty();
		}
		ApiToken current = found.get();
		Instant now = this.clock.instant();
		if (current.getLastUsedAt() == null || current.getLastUsedAt().isBefore(now.minus(USE_NOTED_EVERY))) {
			this.tokens.touch(current.getId(), now, now.minus(USE_NOTED_EVERY));
		}
		Account account = current.getAccount();
		return Optional.of(new AccountUser(account.getUsername(), "", true,
				account.getRole().authorities()));
	}

	private static String describe(ApiToken token) {
		return token.getName() + " (" + token.getPrefix() + "…)";
	}

	/** SHA-256, hex: enough for 256 random bits (see V9__api_tokens.sql). */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** A token just created, shown once. */
	public record Created(String name, String token) {
	}

}

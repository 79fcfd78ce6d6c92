package com.candidatesearch.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Pauses sign-ins after repeated failures, so a password cannot be guessed at the speed of the
 * network: after {@value #NAME_FAILURES} failures for one user name from one address, that name
 * is not heard from that address for the rest of a {@link #WINDOW} that began with the first
 * failure; after {@value #ADDRESS_FAILURES} failures from one address, whatever names were tried,
 * no name is. An IPv6 address counts by its /64 network, which one client can fill at will.
 * <p>
 * Each attempt is noted before its password is checked ({@link #attempt}): once a failure has
 * been counted, attempts still being checked count towards the limit too, so guesses sent in
 * parallel cannot all slip in under it; and a paused attempt costs no password hashing. Counts are kept in memory, per node; a
 * restart forgets them. Spring Security has no such limit of its own, and a rate-limiting
 * library would bring a store this needs no more than a map for. Behind a reverse proxy,
 * {@code server.forward-headers-strategy} must be set, or every client shares the proxy's
 * address (README, Accounts).
 */
@Component
public class SignInThrottle {

	static final int NAME_FAILURES = 10;

	static final int ADDRESS_FAILURES = 50;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/** Keys remembered at most; when full, new names are not counted (their address still is). */
	static final int MAX_KEYS = 100_000;

	/** The longest user name an account can have; longer typed names are cut, so keys stay small. */
	private static final int NAME_LENGTH = 64;

	private final Clock clock;

	private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

	@Autowired
	SignInThrottle() {
		this(Clock.systemUTC());
	}

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * An attempt to sign in as {@code name} from {@code address}, about to be checked; tell
	 * {@link #succeeded} or {@link #failed} how it ended.
	 * @return how long until such an attempt is heard again when it is paused (and then not
	 * counted), empty when it may go on
	 */
	public Optional<Duration> attempt(String name, String address) {
		Instant now = this.clock.instant();
		String byName = nameKey(name, address);
		String byAddress = addressKey(address);
		Duration wait = longer(wait(byName, NAME_FAILURES, now), wait(byAddress, ADDRESS_FAILURES, now));
		if (!wait.isZero()) {
			return Optional.of(wait);
		}
		update(byName, now, Failures::begun);
		update(byAddress, now, Failures::begun);
		return Optional.empty();
	}

	/** The attempt was right: the name's failures from the address are forgotten. */
	void succeeded(String name, String address) {
		this.failures.remove(nameKey(name, address));
		this.failures.computeIfPresent(addressKey(address), (key, counted) -> counted.ended(false));
	}

	/**
	 * The attempt failed.
	 * @return whether the name or the address is now paused and this is the first failure to say
	 * so, to be noted once
	 */
	boolean failed(String name, String address) {
		Instant now = this.clock.instant();
		boolean byName = failedUnder(nameKey(name, address), NAME_FAILURES, now);
		boolean byAddress = failedUnder(addressKey(address), ADDRESS_FAILURES, now);
		return byName || byAddress;
	}

	/** Counts a failure under the key; true when it reached the limit and no failure said so before. */
	private boolean failedUnder(String key, int limit, Instant now) {
		boolean[] reached = { false };
		update(key, now, counted -> {
			Failures ended = counted.ended(true);
			reached[0] = ended.count() >= limit && !ended.noted();
			return reached[0] ? ended.withNoted() : ended;
		});
		return reached[0];
	}

	/**
	 * How long the key is paused: its failures reached the limit, or, once one has failed,
	 * failures and attempts still being checked together would, so that guesses sent in
	 * parallel do not all slip in under the limit. Attempts in flight with no failure yet pause
	 * nothing: a script may send many requests at once.
	 */
	private Duration wait(String key, int limit, Instant now) {
		Failures counted = this.failures.get(key);
		if (counted == null || !now.isBefore(counted.ends())) {
			return Duration.ZERO;
		}
		boolean paused = counted.count() >= limit || (counted.count() > 0 && counted.count() + counted.inFlight() >= limit);
		return paused ? Duration.between(now, counted.ends()) : Duration.ZERO;
	}

	/** Applies a change to the key's counts, starting a new window when the last has ended, when there is room. */
	private void update(String key, Instant now, UnaryOperator<Failures> change) {
		if (!this.failures.containsKey(key) && !roomFor(key, now)) {
			return;
		}
		this.failures.compute(key, (ignored, old) -> change
			.apply(old == null || !now.isBefore(old.ends()) ? new Failures(now.plus(WINDOW), 0, 0, false) : old));
	}

	private boolean roomFor(String key, Instant now) {
		if (this.failures.size() < MAX_KEYS) {
			return true;
		}
		this.failures.values().removeIf(counted -> !now.isBefore(counted.ends()));
		return this.failures.size() < MAX_KEYS || key.startsWith("address:");
	}

	private static Duration longer(Duration one, Duration other) {
		return one.compareTo(other) >= 0 ? one : other;
	}

	private static String nameKey(String name, String address) {
		String normalized = AccountDetails.normalized(name);
		return "name:" + normalized.substring(0, Math.min(normalized.length(), NAME_LENGTH)) + "@" + network(address);
	}

	private static String addressKey(String address) {
		return "address:" + network(address);
	}

	/** The address, or for IPv6 its /64 network. */
	static String network(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			// A literal with a colon is parsed, never looked up in DNS.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
		}
		catch (UnknownHostException | SecurityException ex) {
			return address;
		}
	}

	/** Failures in a window, attempts still being checked, when the window ends, and whether its pause was noted. */
	private record Failures(Instant ends, int count, int inFlight, boolean noted) {

		Failures begun() {
			return new Failures(this.ends, this.count, this.inFlight + 1, this.noted);
		}

		Failures ended(boolean failed) {
			return new Failures(this.ends, this.count + (failed ? 1 : 0), Math.max(0, this.inFlight - 1), this.noted);
		}

		Failures withNoted() {
			return new Failures(this.ends, this.count, this.inFlight, true);
		}

	}

}

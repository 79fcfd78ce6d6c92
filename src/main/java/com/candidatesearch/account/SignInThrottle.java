package com.candidatesearch.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Pauses sign-ins after repeated failures, so a password cannot be guessed at the speed of the
 * network: after {@value #NAME_FAILURES} failures for one user name from one address, that name
 * is not heard from that address for the rest of a {@link #WINDOW} that began with the first
 * failure; after {@value #ADDRESS_FAILURES} failures from one address, whatever names were tried,
 * no name is. A paused attempt is refused before the password is checked, so guessing costs
 * no hashing either. A successful sign-in clears its name's count.
 * <p>
 * Counts are kept in memory, per node; a restart forgets them. Spring Security has no such
 * limit of its own, and a rate-limiting library would bring a store this needs no more than a
 * map for. Behind a reverse proxy, {@code server.forward-headers-strategy} must be set, or every
 * client shares the proxy's address (README, Configuration).
 */
@Component
public class SignInThrottle {

	static final int NAME_FAILURES = 10;

	static final int ADDRESS_FAILURES = 50;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/** Addresses and names remembered at most; beyond it, new ones are not counted until old windows end. */
	static final int MAX_KEYS = 100_000;

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
	 * How long until a sign-in as {@code name} from {@code address} is heard again; empty when it
	 * may be tried now.
	 */
	public Optional<Duration> paused(String name, String address) {
		Instant now = this.clock.instant();
		Duration byName = wait(nameKey(name, address), NAME_FAILURES, now);
		Duration byAddress = wait(addressKey(address), ADDRESS_FAILURES, now);
		Duration longest = byName.compareTo(byAddress) >= 0 ? byName : byAddress;
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	/**
	 * Counts a failed sign-in.
	 * @return whether this failure paused the name or the address, to be noted once
	 */
	boolean failed(String name, String address) {
		Instant now = this.clock.instant();
		boolean byName = count(nameKey(name, address), NAME_FAILURES, now);
		boolean byAddress = count(addressKey(address), ADDRESS_FAILURES, now);
		return byName || byAddress;
	}

	/** Forgets the failures of the name from the address; the address's own count stays. */
	void succeeded(String name, String address) {
		this.failures.remove(nameKey(name, address));
	}

	private Duration wait(String key, int limit, Instant now) {
		Failures counted = this.failures.get(key);
		if (counted == null || counted.count() < limit || !now.isBefore(counted.ends())) {
			return Duration.ZERO;
		}
		return Duration.between(now, counted.ends());
	}

	/** Adds one failure under the key; true when that reaches the limit. */
	private boolean count(String key, int limit, Instant now) {
		if (!this.failures.containsKey(key) && !roomFor(now)) {
			return false;
		}
		Failures counted = this.failures.merge(key, new Failures(now.plus(WINDOW), 1),
				(old, one) -> now.isBefore(old.ends()) ? new Failures(old.ends(), old.count() + 1) : one);
		return counted.count() == limit;
	}

	private boolean roomFor(Instant now) {
		if (this.failures.size() < MAX_KEYS) {
			return true;
		}
		this.failures.values().removeIf(counted -> !now.isBefore(counted.ends()));
		return this.failures.size() < MAX_KEYS;
	}

	private static String nameKey(String name, String address) {
		return "name:" + AccountDetails.normalized(name) + "@" + address;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/** Failures in a window, and when the window ends. */
	private record Failures(Instant ends, int count) {
	}

}

package com.candidatesearch.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
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
 * Each attempt takes a slot before its password is checked ({@link #attempt}) and gives it back
 * when the check ends. A name (and an address) has as many slots as it has failures left before
 * the pause, so guesses sent in parallel can never have more passwords checked than the limit
 * allows: an attempt finding no free slot waits until one is given back, and is refused when
 * the pause begins meanwhile or no slot frees within {@link #SLOT_WAIT}. Good requests sent at
 * once are heard in turn, since each success gives its slot back at once; a paused attempt costs
 * no password hashing. Counts are kept in memory, per node; a restart forgets them. Spring
 * Security has no such limit of its own, and a rate-limiting library would bring a store this
 * needs no more than a map for. Behind a reverse proxy, {@code server.forward-headers-strategy}
 * must be set, or every client shares the proxy's address (README, Accounts).
 */
@Component
public class SignInThrottle {

	static final int NAME_FAILURES = 10;

	static final int ADDRESS_FAILURES = 50;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/**
	 * How long an attempt waits for a slot. Generous: a slot is held only while a password is
	 * hashed (about 0.1 s), so only a long queue of good requests for one name waits this long.
	 */
	static final Duration SLOT_WAIT = Duration.ofSeconds(30);

	/** What an attempt refused for want of a slot is told to wait; a slot frees as soon as a check ends. */
	static final Duration BUSY = Duration.ofSeconds(1);

	/** Keys remembered at most; when full, new names are not counted (their address still is). */
	static final int MAX_KEYS = 100_000;

	/** The longest user name an account can have; longer typed names are cut, so keys stay small. */
	private static final int NAME_LENGTH = 64;

	private final Clock clock;

	private final Duration slotWait;

	/** Guarded by {@link #lock}: a sign-in attempt does a few map operations under it, then hashes outside it. */
	private final Map<String, Failures> failures = new HashMap<>();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition slotFreed = this.lock.newCondition();

	/** The attempt this thread holds slots for, so {@link #abandoned} can give them back if no outcome came. */
	private final ThreadLocal<String> open = new ThreadLocal<>();

	@Autowired
	SignInThrottle() {
		this(Clock.systemUTC(), SLOT_WAIT);
	}

	SignInThrottle(Clock clock, Duration slotWait) {
		this.clock = clock;
		this.slotWait = slotWait;
	}

	/**
	 * An attempt to sign in as {@code name} from {@code address}, about to be checked: waits for
	 * a slot when as many checks are under way as failures are left. Tell {@link #succeeded} or
	 * {@link #failed} how it ended, or {@link #abandoned} when it was never checked.
	 * @return how long until such an attempt is heard again when it is paused, or refused for
	 * want of a slot (and then not counted), empty when it may go on
	 */
	public Optional<Duration> attempt(String name, String address) {
		String byName = nameKey(name, address);
		String byAddress = addressKey(address);
		long deadline = System.nanoTime() + this.slotWait.toNanos();
		this.lock.lock();
		try {
			while (true) {
				Instant now = this.clock.instant();
				Duration wait = longer(paused(byName, NAME_FAILURES, now), paused(byAddress, ADDRESS_FAILURES, now));
				if (!wait.isZero()) {
					return Optional.of(wait);
				}
				if (free(byName, NAME_FAILURES, now) && free(byAddress, ADDRESS_FAILURES, now)) {
					update(byName, now, Failures::begun);
					update(byAddress, now, Failures::begun);
					this.open.set(byName);
					return Optional.empty();
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return Optional.of(BUSY);
				}
				this.slotFreed.awaitNanos(left);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.of(BUSY);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The attempt was right: the name's failures from the address are forgotten, and its slots given back. */
	void succeeded(String name, String address) {
		Instant now = this.clock.instant();
		ended(name, address, key -> update(key, now, counted -> counted.ended(false).cleared()),
				key -> update(key, now, counted -> counted.ended(false)));
	}

	/**
	 * The attempt failed.
	 * @return whether the name or the address is now paused and this is the first failure to say
	 * so, to be noted once
	 */
	boolean failed(String name, String address) {
		Instant now = this.clock.instant();
		boolean[] reached = { false, false };
		ended(name, address, key -> reached[0] = failedUnder(key, NAME_FAILURES, now),
				key -> reached[1] = failedUnder(key, ADDRESS_FAILURES, now));
		return reached[0] || reached[1];
	}

	/**
	 * The attempt this thread began was never checked (the request went another way): its slots
	 * are given back without a failure. Does nothing once {@link #succeeded} or {@link #failed} ended it.
	 */
	public void abandoned(String name, String address) {
		if (nameKey(name, address).equals(this.open.get())) {
			Instant now = this.clock.instant();
			ended(name, address, key -> update(key, now, counted -> counted.ended(false)),
					key -> update(key, now, counted -> counted.ended(false)));
		}
	}

	private void ended(String name, String address, Consumer<String> byName, Consumer<String> byAddress) {
		String nameKey = nameKey(name, address);
		this.lock.lock();
		try {
			if (nameKey.equals(this.open.get())) {
				this.open.remove();
			}
			byName.accept(nameKey);
			byAddress.accept(addressKey(address));
			this.slotFreed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
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

	/** How long the key is paused: its failures in the current window reached the limit. */
	private Duration paused(String key, int limit, Instant now) {
		Failures counted = this.failures.get(key);
		if (counted == null || !now.isBefore(counted.ends()) || counted.count() < limit) {
			return Duration.ZERO;
		}
		return Duration.between(now, counted.ends());
	}

	/** Whether another check may begin: fewer are under way than failures are left before the pause. */
	private boolean free(String key, int limit, Instant now) {
		Failures counted = this.failures.get(key);
		if (counted == null) {
			return true;
		}
		int failed = now.isBefore(counted.ends()) ? counted.count() : 0;
		return counted.inFlight() < limit - failed;
	}

	/**
	 * Applies a change to the key's counts, starting a new window when the last has ended (the
	 * checks under way carry over), when there is room; a key left with nothing to count is dropped.
	 */
	private void update(String key, Instant now, UnaryOperator<Failures> change) {
		if (!this.failures.containsKey(key) && !roomFor(key, now)) {
			return;
		}
		Failures old = this.failures.get(key);
		Failures current = old == null ? new Failures(now.plus(WINDOW), 0, 0, false)
				: now.isBefore(old.ends()) ? old : new Failures(now.plus(WINDOW), 0, old.inFlight(), false);
		Failures changed = change.apply(current);
		if (changed.count() == 0 && changed.inFlight() == 0) {
			this.failures.remove(key);
		}
		else {
			this.failures.put(key, changed);
		}
	}

	private boolean roomFor(String key, Instant now) {
		if (this.failures.size() < MAX_KEYS) {
			return true;
		}
		this.failures.values().removeIf(counted -> !now.isBefore(counted.ends()) && counted.inFlight() == 0);
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

		/** A success: the failures are forgotten, and a window begins again with the next failure. */
		Failures cleared() {
			return new Failures(this.ends, 0, this.inFlight, false);
		}

		Failures withNoted() {
			return new Failures(this.ends, this.count, this.inFlight, true);
		}

	}

}

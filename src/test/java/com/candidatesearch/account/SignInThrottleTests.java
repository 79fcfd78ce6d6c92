package com.candidatesearch.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MovingClock clock = new MovingClock();

	/** Without waiting for a slot, so an attempt finding none is refused at once. */
	private final SignInThrottle throttle = new SignInThrottle(this.clock, Duration.ZERO);

	@Test
	void repeatedFailuresPauseTheNameFromThatAddressUntilTheWindowEnds() {
		for (int i = 1; i < SignInThrottle.NAME_FAILURES; i++) {
			assertThat(this.throttle.attempt("grace", "198.51.100.7")).isEmpty();
			assertThat(this.throttle.failed("grace", "198.51.100.7")).isFalse();
		}
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.throttle.attempt("grace", "198.51.100.7")).as("the last one heard").isEmpty();
		assertThat(this.throttle.failed("grace", "198.51.100.7")).as("the failure that pauses").isTrue();

		// The window began with the first failure, five minutes ago.
		assertThat(this.throttle.attempt("grace", "198.51.100.7")).contains(Duration.ofMinutes(10));
		assertThat(this.throttle.attempt("Grace ", "198.51.100.7")).as("the name as sign-in reads it").isPresent();
		assertThat(this.throttle.attempt("grace", "203.0.113.9")).as("another address").isEmpty();
		assertThat(this.throttle.attempt("ada", "198.51.100.7")).as("another name").isEmpty();
		assertThat(this.throttle.failed("grace", "198.51.100.7")).as("noted once").isFalse();

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.throttle.attempt("grace", "198.51.100.7")).as("a new window").isEmpty();
	}

	@Test
	void onceAGuessHasFailedGuessesStillBeingCheckedCountTowardsTheLimit() {
		this.throttle.attempt("grace", "198.51.100.7");
		this.throttle.failed("grace", "198.51.100.7");
		for (int i = 1; i < SignInThrottle.NAME_FAILURES; i++) {
			assertThat(this.throttle.attempt("grace", "198.51.100.7")).as("in flight " + i).isEmpty();
		}
		assertThat(this.throttle.attempt("grace", "198.51.100.7")).as("one failure and nine in flight").isPresent();
	}

	@Test
	void noMoreChecksAreUnderWayAtOnceThanFailuresAreLeft() {
		for (int i = 0; i < SignInThrottle.NAME_FAILURES; i++) {
			assertThat(this.throttle.attempt("script", "198.51.100.8")).as("in flight " + i).isEmpty();
		}
		assertThat(this.throttle.attempt("script", "198.51.100.8")).as("no slot left").contains(SignInThrottle.BUSY);
		assertThat(this.throttle.attempt("ada", "198.51.100.8")).as("another name").isEmpty();
		this.throttle.succeeded("script", "198.51.100.8");
		assertThat(this.throttle.attempt("script", "198.51.100.8")).as("a slot given back").isEmpty();
	}

	@Test
	void anAttemptThatWasNeverCheckedGivesItsSlotBack() {
		for (int i = 0; i < SignInThrottle.NAME_FAILURES; i++) {
			assertThat(this.throttle.attempt("script", "198.51.100.8")).isEmpty();
			this.throttle.abandoned("script", "198.51.100.8");
		}
		assertThat(this.throttle.attempt("script", "198.51.100.8")).isEmpty();
		this.throttle.failed("script", "198.51.100.8");
		this.throttle.abandoned("script", "198.51.100.8");
		for (int i = 1; i < SignInThrottle.NAME_FAILURES; i++) {
			assertThat(this.throttle.attempt("script", "198.51.100.8")).as("the failure ended it; nothing more given back")
				.isEmpty();
		}
		assertThat(this.throttle.attempt("script", "198.51.100.8")).isPresent();
	}

	@Test
	void manyWrongGuessesAtOnceHaveNoMorePasswordsCheckedThanTheLimit() throws Exception {
		SignInThrottle waiting = new SignInThrottle(this.clock, SignInThrottle.SLOT_WAIT);
		Outcomes outcomes = atOnce(150, () -> {
			if (waiting.attempt("grace", "198.51.100.7").isPresent()) {
				return false;
			}
			pause(20);
			waiting.failed("grace", "198.51.100.7");
			return true;
		});
		assertThat(outcomes.heard()).isEqualTo(SignInThrottle.NAME_FAILURES);
		assertThat(outcomes.refused()).isEqualTo(150 - SignInThrottle.NAME_FAILURES);
	}

	@Test
	void manyGoodSignInsAtOnceAreAllHeardInTurn() throws Exception {
		SignInThrottle waiting = new SignInThrottle(this.clock, SignInThrottle.SLOT_WAIT);
		Outcomes outcomes = atOnce(150, () -> {
			if (waiting.attempt("script", "198.51.100.8").isPresent()) {
				return false;
			}
			pause(5);
			waiting.succeeded("script", "198.51.100.8");
			return true;
		});
		assertThat(outcomes.refused()).isZero();
		assertThat(outcomes.heard()).isEqualTo(150);
	}

	/** Runs the attempt on that many threads released together; each says whether it was heard. */
	static Outcomes atOnce(int threads, Callable<Boolean> attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return attempt.call();
				}));
			}
			start.countDown();
			int heard = 0;
			for (Future<Boolean> result : results) {
				heard += result.get(2, TimeUnit.MINUTES) ? 1 : 0;
			}
			return new Outcomes(heard, threads - heard);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A password check taking a while, so that attempts sent at once overlap. */
	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Outcomes(int heard, int refused) {
	}

	@Test
	void aSuccessfulSignInClearsTheNamesFailures() {
		for (int i = 1; i < SignInThrottle.NAME_FAILURES; i++) {
			this.throttle.attempt("grace", "198.51.100.7");
			this.throttle.failed("grace", "198.51.100.7");
		}
		this.throttle.attempt("grace", "198.51.100.7");
		this.throttle.succeeded("grace", "198.51.100.7");
		for (int i = 1; i < SignInThrottle.NAME_FAILURES; i++) {
			this.throttle.attempt("grace", "198.51.100.7");
			this.throttle.failed("grace", "198.51.100.7");
		}
		assertThat(this.throttle.attempt("grace", "198.51.100.7")).isEmpty();
		// A script signing in successfully again and again never fills its address's count.
		for (int i = 0; i < 3 * SignInThrottle.ADDRESS_FAILURES; i++) {
			assertThat(this.throttle.attempt("script", "198.51.100.8")).isEmpty();
			this.throttle.succeeded("script", "198.51.100.8");
		}
	}

	@Test
	void manyNamesTriedFromOneAddressPauseEveryNameFromIt() {
		boolean paused = false;
		for (int i = 1; i <= SignInThrottle.ADDRESS_FAILURES; i++) {
			this.throttle.attempt("user" + i, "198.51.100.7");
			paused = this.throttle.failed("user" + i, "198.51.100.7");
		}
		assertThat(paused).isTrue();
		assertThat(this.throttle.attempt("admin", "198.51.100.7")).contains(SignInThrottle.WINDOW);
		assertThat(this.throttle.attempt("admin", "203.0.113.9")).isEmpty();
	}

	@Test
	void anIpv6ClientCountsByItsNetwork() {
		assertThat(SignInThrottle.network("2001:db8:1:2::1")).isEqualTo(SignInThrottle.network("2001:db8:1:2:ffff::9"))
			.isNotEqualTo(SignInThrottle.network("2001:db8:1:3::1"));
		assertThat(SignInThrottle.network("198.51.100.7")).isEqualTo("198.51.100.7");
	}

	@Test
	void aLongTypedNameIsCountedAsTheAccountNameItCouldBe() {
		String typed = "g".repeat(64);
		for (int i = 0; i < SignInThrottle.NAME_FAILURES; i++) {
			this.throttle.attempt(typed + i, "198.51.100.7");
			this.throttle.failed(typed + i, "198.51.100.7");
		}
		assertThat(this.throttle.attempt(typed, "198.51.100.7")).as("names cut to 64 characters").isPresent();
	}

	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-22T09:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}

package com.candidatesearch.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MovingClock clock = new MovingClock();

	private final SignInThrottle throttle = new SignInThrottle(this.clock);

	@Test
	void repeatedFailuresPauseTheNameFromThatAddressUntilTheWindowEnds() {
		for (int i = 1; i < SignInThrottle.NAME_FAILURES; i++) {
			assertThat(this.throttle.failed("grace", "198.51.100.7")).isFalse();
		}
		assertThat(this.throttle.paused("grace", "198.51.100.7")).isEmpty();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.throttle.failed("grace", "198.51.100.7")).as("the failure that pauses").isTrue();

		// The window began with the first failure, five minutes ago.
		assertThat(this.throttle.paused("grace", "198.51.100.7")).contains(Duration.ofMinutes(10));
		assertThat(this.throttle.paused("Grace ", "198.51.100.7")).as("the name as sign-in reads it").isPresent();
		assertThat(this.throttle.paused("grace", "203.0.113.9")).as("another address").isEmpty();
		assertThat(this.throttle.paused("ada", "198.51.100.7")).as("another name").isEmpty();
		assertThat(this.throttle.failed("grace", "198.51.100.7")).as("noted once").isFalse();

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.throttle.paused("grace", "198.51.100.7")).isEmpty();
		assertThat(this.throttle.failed("grace", "198.51.100.7")).isFalse();
		assertThat(this.throttle.paused("grace", "198.51.100.7")).as("counting starts afresh").isEmpty();
	}

	@Test
	void manyNamesTriedFromOneAddressPauseEveryNameFromIt() {
		boolean paused = false;
		for (int i = 1; i <= SignInThrottle.ADDRESS_FAILURES; i++) {
			paused = this.throttle.failed("user" + i, "198.51.100.7");
		}
		assertThat(paused).isTrue();
		assertThat(this.throttle.paused("admin", "198.51.100.7")).contains(SignInThrottle.WINDOW);
		assertThat(this.throttle.paused("admin", "203.0.113.9")).isEmpty();
	}

	@Test
	void aSuccessfulSignInClearsTheNamesFailures() {
		for (int i = 1; i < SignInThrottle.NAME_FAILURES; i++) {
			this.throttle.failed("grace", "198.51.100.7");
		}
		this.throttle.succeeded("grace", "198.51.100.7");
		for (int i = 1; i < SignInThrottle.NAME_FAILURES; i++) {
			this.throttle.failed("grace", "198.51.100.7");
		}
		assertThat(this.throttle.paused("grace", "198.51.100.7")).isEmpty();
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

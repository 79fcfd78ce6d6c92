package com.candidatesearch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import com.candidatesearch.search.ReindexProgress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress lines of {@code reindex}: at most one a second, always the last. */
class ReindexProgressLinesTests {

	private static final Instant START = Instant.parse("2026-11-22T04:00:00Z");

	private final AtomicReference<Instant> now = new AtomicReference<>(START);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ReindexCommand.Progress progress = new ReindexCommand.Progress(
			new PrintStream(this.out, true, StandardCharsets.UTF_8), new Clock() {

				@Override
				public ZoneOffset getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}

				@Override
				public Instant instant() {
					return ReindexProgressLinesTests.this.now.get();
				}

			});

	@Test
	void printsTheFirstStepAtOnceThenAtMostOneLineASecondAndAlwaysTheLast() {
		this.now.set(START.plusMillis(500));
		this.progress.print(running(50, 100));
		this.now.set(START.plusMillis(900));
		this.progress.print(running(60, 100));
		this.now.set(START.plusMillis(1600));
		this.progress.print(running(80, 100));
		this.now.set(START.plusMillis(1700));
		this.progress.print(running(100, 100));

		assertThat(this.out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				"reindexed 50/100 (50%) 100 docs/s", "reindexed 80/100 (80%) 50 docs/s",
				"reindexed 100/100 (100%) 58 docs/s");
	}

	private static ReindexProgress running(long done, long total) {
		return new ReindexProgress("running", done, total, START, null, null);
	}

}

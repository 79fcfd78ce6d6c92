package com.candidatesearch.parse.read;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.candidatesearch.parse.ParsersBusyException;
import com.candidatesearch.parse.ResumeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading in this process: threads a runaway file keeps busy past its time limit are bounded in number. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReaderThreadsTests {

	@Test
	void whenEveryReaderThreadIsTakenTheNextFileIsRefusedAsBusyRatherThanGivenANewThread() throws Exception {
		CountDownLatch started = new CountDownLatch(DocumentReader.MAX_READERS);
		CountDownLatch release = new CountDownLatch(1);
		List<CompletableFuture<Object>> readers = hold(DocumentReader.MAX_READERS, started, release);
		try {
			assertThat(started.await(2, TimeUnit.MINUTES)).as("every reader thread taken").isTrue();

			assertThatExceptionOfType(ParsersBusyException.class)
				.isThrownBy(() -> DocumentReader.bounded("next.pdf", () -> "read", 120))
				.withMessage("Candidate Search is still reading " + DocumentReader.MAX_READERS
						+ " files that took too long: try again in a minute.");
		}
		finally {
			release.countDown();
		}
		for (CompletableFuture<Object> reader : readers) {
			assertThat(reader).succeedsWithin(Duration.ofMinutes(1));
		}
		assertThat(DocumentReader.bounded("later.pdf", () -> "read", 120)).isEqualTo("read");
	}

	@Test
	void aReadThatEndedFreesItsPlaceAtOnceForTheNextFile() throws Exception {
		// all places but one held: each short read after another must find that one free, even
		// when the thread that ran the last is not yet back waiting for work
		int held = DocumentReader.MAX_READERS - 1;
		CountDownLatch started = new CountDownLatch(held);
		CountDownLatch release = new CountDownLatch(1);
		List<CompletableFuture<Object>> readers = hold(held, started, release);
		try {
			assertThat(started.await(2, TimeUnit.MINUTES)).isTrue();
			for (int i = 0; i < 2_000; i++) {
				int n = i;
				assertThat(DocumentReader.bounded("short-" + n + ".html", () -> n, 120)).isEqualTo(n);
			}
		}
		finally {
			release.countDown();
		}
		for (CompletableFuture<Object> reader : readers) {
			assertThat(reader).succeedsWithin(Duration.ofMinutes(1));
		}
	}

	/** Reads that each take a reader's place until released, started from threads of their own. */
	private static List<CompletableFuture<Object>> hold(int count, CountDownLatch started, CountDownLatch release) {
		List<CompletableFuture<Object>> readers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			readers.add(CompletableFuture.supplyAsync(() -> {
				try {
					return DocumentReader.bounded("held.pdf", () -> {
						started.countDown();
						return release.await(2, TimeUnit.MINUTES);
					}, 120);
				}
				catch (ResumeParseException ex) {
					throw new IllegalStateException(ex);
				}
			}, task -> new Thread(task).start()));
		}
		return readers;
	}

}

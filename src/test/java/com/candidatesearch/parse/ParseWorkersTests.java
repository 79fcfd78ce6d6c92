package com.candidatesearch.parse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.candidatesearch.CandidateSearchApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Parsing in worker processes: the same parse as in this process, a runaway or a memory hog
 * killed and replaced without harming the next file, a full queue refused at once, and no
 * process left behind.
 */
// A pool that failed to stop a runaway would hang a test for ever; this fails it instead.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ParseWorkersTests {

	private static final String SEED = "seeds/000_cf880338e06f109e";

	private static final long MB = 1024 * 1024;

	/** Workers that spin on {@code spin*} and fill their heap on {@code hog*}. */
	private static List<String> misbehaving(long heapBytes) {
		return ParseWorkers.command(heapBytes,
				List.of("-cp", System.getProperty("java.class.path"), MisbehavingParseWorker.class.getName()));
	}

	@Test
	void aWorkerStartedLikeTheApplicationParsesEverySeedFormatAsThisProcessDoes() throws Exception {
		ResumeParser here = new ResumeParser();
		try (ParseWorkers workers = new ParseWorkers(ParseWorkers.command(CandidateSearchApplication.class, 512 * MB),
				1, 0, Duration.ofSeconds(120))) {
			for (String format : List.of("txt", "pdf", "docx", "html")) {
				byte[] bytes = ParseWorkerTests.bytes(SEED + "." + format);
				assertThat(workers.parse("ada." + format, bytes)).as(format).isEqualTo(here.parse("ada." + format, bytes));
			}
			assertThatExceptionOfType(EmptyResumeException.class).isThrownBy(() -> workers.parse("empty.pdf", new byte[0]))
				.withMessage("empty.pdf is empty: upload the resume file again.");
			assertThat(workers.processes()).as("one process, kept for the next file").hasSize(1);
		}
	}

	@Test
	void aRunawayIsKilledAtTheDeadlineAndTheNextFileParsesInANewProcess() throws Exception {
		try (ParseWorkers workers = new ParseWorkers(misbehaving(256 * MB), 1, 0, Duration.ofSeconds(2))) {
			byte[] resume = ParseWorkerTests.bytes(SEED + ".txt");
			workers.parse("before.txt", resume);
			ProcessHandle runaway = workers.processes().get(0);
			long started = System.nanoTime();

			assertThatExceptionOfType(ResumeTooLargeException.class).isThrownBy(() -> workers.parse("spin.txt", resume))
				.withMessage("spin.txt took more than 2 seconds to read, far longer than any resume: save it again as a "
						+ "plain PDF or Word file.");

			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to give up")
				.isLessThan(Duration.ofSeconds(30));
			assertThat(runaway.isAlive()).as("the runaway's process, and so its spinning, is gone").isFalse();
			assertThat(ProcessHandle.current().children()).doesNotContain(runaway);
			assertThat(workers.parse("after.txt", resume).resume().name()).isNotBlank();
			assertThat(workers.processes()).hasSize(1).doesNotContain(runaway);
		}
	}

	@Test
	void aWorkerThatRunsOutOfMemoryFailsOnlyItsFile() throws Exception {
		try (ParseWorkers workers = new ParseWorkers(misbehaving(64 * MB), 1, 0, Duration.ofSeconds(120))) {
			byte[] resume = ParseWorkerTests.bytes(SEED + ".txt");

			assertThatExceptionOfType(ResumeTooLargeException.class).isThrownBy(() -> workers.parse("hog.txt", resume))
				.withMessage("hog.txt could not be read within the memory a resume may use: save it again as a plain "
						+ "PDF or Word file of a few pages.");

			assertThat(workers.parse("after.txt", resume).resume().name()).isNotBlank();
		}
	}

	@Test
	void aFileThatFindsEveryWorkerBusyAndTheQueueFullIsRefusedAtOnce() throws Exception {
		ParseWorkers workers = new ParseWorkers(misbehaving(256 * MB), 1, 1, Duration.ofSeconds(120));
		byte[] resume = ParseWorkerTests.bytes(SEED + ".txt");
		CompletableFuture<ParseResult> spinning = CompletableFuture.supplyAsync(() -> quietly(workers, "spin.txt", resume));
		awaitTrue("the spinning file holds the worker", () -> !workers.processes().isEmpty());
		CompletableFuture<ParseResult> waiting = CompletableFuture.supplyAsync(() -> quietly(workers, "next.txt", resume));
		awaitTrue("the next file waits in the queue", () -> workers.waiting() == 1);

		try {
			assertThatExceptionOfType(ParsersBusyException.class).isThrownBy(() -> workers.parse("third.txt", resume))
				.withMessageStartingWith("Candidate Search is busy parsing other uploads: try again in ")
				.satisfies(busy -> assertThat(busy.retryAfterSeconds()).isBetween(1L, 120L));
		}
		finally {
			workers.close();
		}
		assertThat(spinning).failsWithin(Duration.ofSeconds(60));
		assertThat(waiting).failsWithin(Duration.ofSeconds(60));
	}

	@Test
	void closingThePoolLeavesNoProcessBehind() throws Exception {
		ParseWorkers workers = new ParseWorkers(misbehaving(128 * MB), 2, 0, Duration.ofSeconds(120));
		workers.warmUp();
		List<ProcessHandle> started = workers.processes();
		assertThat(started).hasSize(2).allMatch(ProcessHandle::isAlive);

		workers.close();

		assertThat(started).noneMatch(ProcessHandle::isAlive);
		assertThat(ProcessHandle.current().children()).doesNotContainAnyElementsOf(started);
		assertThat(workers.processes()).isEmpty();
	}

	@Test
	void aWorkerEndsWhenItsInputCloses() throws Exception {
		Process worker = new ProcessBuilder(ParseWorkers.command(CandidateSearchApplication.class, 256 * MB))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		try {
			assertThat(worker.getInputStream().read()).as("ready").isEqualTo(ParseWorker.READY);

			worker.getOutputStream().close();

			assertThat(worker.waitFor(60, TimeUnit.SECONDS)).as("ended within a minute").isTrue();
			assertThat(worker.exitValue()).isZero();
			assertThat(worker.getInputStream().read()).as("nothing else on its standard output").isEqualTo(-1);
		}
		finally {
			worker.destroyForcibly();
		}
	}

	private static ParseResult quietly(ParseWorkers workers, String name, byte[] bytes) {
		try {
			return workers.parse(name, bytes);
		}
		catch (ResumeParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Not within a minute: " + what);
			}
			Thread.sleep(20);
		}
	}

}

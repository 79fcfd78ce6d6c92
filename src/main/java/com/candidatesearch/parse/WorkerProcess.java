package com.candidatesearch.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker process of {@link ParseWorkers} and the two ends of its pipes: sends it a file,
 * reads its answer, and kills it when the parse outlives its time limit.
 */
final class WorkerProcess {

	/** The exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
	static final int OUT_OF_MEMORY = 3;

	private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);

	/** Starting a JVM and loading Tika takes a few seconds, more on a loaded machine; far more means it cannot start. */
	private static final Duration START_LIMIT = Duration.ofMinutes(2);

	private final List<String> command;

	private final Duration timeLimit;

	private final ScheduledExecutorService deadlines;

	/** Told when the process is stopped, so the pool forgets it. */
	private final Consumer<WorkerProcess> onStop;


	private final Process process;

	private final DataOutputStream requests;

	private final DataInputStream replies;

	/** Set by the deadline, which killed the process. */
	private volatile boolean expired;

	/** Whether the process said it was ready. */
	private boolean ready;

	/** Whether the pipes went out of step or the process died; only a caller thread sets it. */
	private boolean broken;

	WorkerProcess(Process process, List<String> command, Duration timeLimit, ScheduledExecutorService deadlines,
			Consumer<WorkerProcess> onStop) {
		this.process = process;
		this.command = command;
		this.timeLimit = timeLimit;
		this.deadlines = deadlines;
		this.onStop = onStop;
		this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
		this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream()));
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	ProcessHandle handle() {
		return this.process.toHandle();
	}

	boolean healthy() {
		return !this.broken && !this.expired && this.process.isAlive();
	}

	ParseResult parse(String fileName, byte[] content) throws ResumeParseException {
		if (!this.ready) {
			awaitReady();
		}
		ScheduledFuture<?> deadline = this.deadlines.schedule(this::expire,
				this.timeLimit.toNanos(), TimeUnit.NANOSECONDS);
		int kind;
		byte[] body;
		String message = null;
		try {
			ParseWorker.writeText(this.requests, fileName);
			ParseWorker.writeBytes(this.requests, content);
			this.requests.flush();
			kind = this.replies.readUnsignedByte();
			body = ParseWorker.readBytes(this.replies);
			if (kind != ParseWorker.PARSED) {
				message = ParseWorker.readText(this.replies);
			}
		}
		catch (IOException ex) {
			this.broken = true;
			throw died(fileName);
		}
		finally {
			deadline.cancel(false);
		}
		String type = new String(body, StandardCharsets.UTF_8);
		return switch (kind) {
			case ParseWorker.PARSED -> ParseWorker.JSON.readValue(body, ParseResult.class);
			case ParseWorker.REFUSED -> throw ParseWorkers.refusal(type, message);
			case ParseWorker.FAILED -> throw new IllegalStateException("The parser process failed on " + fileName
					+ " with " + type + ": " + message);
			default -> {
				this.broken = true;
				throw new IllegalStateException("The parser process answered " + kind + ", which is no answer.");
			}
		};
	}

	private void awaitReady() {
		ScheduledFuture<?> limit = this.deadlines.schedule(this::expire, START_LIMIT.toSeconds(),
				TimeUnit.SECONDS);
		try {
			int answer = this.replies.read();
			if (answer != ParseWorker.READY) {
				this.broken = true;
				stop();
				throw new IllegalStateException("A parser process did not start (" + (this.expired
						? "not ready after " + START_LIMIT.toMinutes() + " minutes" : "exit status " + exitStatus())
						+ "); its errors are in the log above. Command: " + String.join(" ", this.command));
			}
			this.ready = true;
		}
		catch (IOException ex) {
			this.broken = true;
			stop();
			throw new IllegalStateException("A parser process did not start: " + ex.getMessage(), ex);
		}
		finally {
			limit.cancel(false);
		}
	}

	/** Why the process stopped answering, for the person who uploaded the file. */
	private ResumeParseException died(String fileName) {
		stop();
		if (this.expired) {
			return new ResumeTooLargeException(fileName + " took more than " + this.timeLimit.toSeconds()
					+ " seconds to read, far longer than any resume: save it again as a plain PDF or Word file.");
		}
		int status = exitStatus();
		if (status == OUT_OF_MEMORY) {
			return new ResumeTooLargeException(fileName + " could not be read within the memory a resume may use: "
					+ "save it again as a plain PDF or Word file of a few pages.");
		}
		log.warn("The parser process reading {} stopped with exit status {}", fileName, status);
		return new CorruptResumeException(fileName + " stopped the parser reading it (it may be damaged): open it, "
				+ "save or export it again, and upload the new file.");
	}

	private int exitStatus() {
		try {
			return this.process.waitFor(10, TimeUnit.SECONDS) ? this.process.exitValue() : -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private void expire() {
		this.expired = true;
		kill();
	}

	private void kill() {
		// Its children first (OCR runs tesseract): once the worker is gone they are no longer its descendants.
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
	}

	/** Kills the process and waits until it is gone. */
	void stop() {
		this.onStop.accept(this);
		kill();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				log.warn("The parser process {} did not end within 30 seconds of being killed", this.process.pid());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

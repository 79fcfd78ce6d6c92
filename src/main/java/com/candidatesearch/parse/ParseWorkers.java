package com.candidatesearch.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ResumeParser} that parses every file in a worker process ({@link ParseWorker}), so
 * that a file which runs away or eats memory is stopped by killing its process, which is then
 * replaced. The whole parse, reading and section parsing alike, has one deadline; a process
 * that dies fails only the file it was reading. At most {@code workers} files are parsed at
 * once and {@code queue} wait; a parse beyond that is refused at once with
 * {@link ParsersBusyException}. Processes start when first needed, or all at once with
 * {@link #warmUp()}, and exit when their standard input closes, so none outlives the application.
 */
// Tika's ForkParser and tika-pipes isolate Tika parsers only, answering with Tika's text; ours reads
// PDFs with PDFBox directly and splits sections itself, and all of that must run in the worker.
public class ParseWorkers extends ResumeParser implements AutoCloseable {

	/** The exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
	static final int OUT_OF_MEMORY = 3;

	private static final Logger log = LoggerFactory.getLogger(ParseWorkers.class);

	/** Starting a JVM and loading Tika takes a few seconds, more on a loaded machine; far more means it cannot start. */
	private static final Duration START_LIMIT = Duration.ofMinutes(2);

	private final List<String> command;

	private final int size;

	private final int queue;

	private final Duration timeLimit;

	/** One permit per parse running or waiting. */
	private final Semaphore admitted;

	/** One permit per process; fair, so files are parsed in the order they came. */
	private final Semaphore parsing;

	/** Guarded by this. */
	private final Deque<Worker> idle = new ArrayDeque<>();

	/** Every process started and not yet stopped, busy or idle. */
	private final Set<Worker> running = ConcurrentHashMap.newKeySet();

	private final ScheduledThreadPoolExecutor deadlines;

	/** How long a parse takes lately, to tell a refused client when to come back. */
	private final AtomicLong typicalNanos = new AtomicLong(TimeUnit.SECONDS.toNanos(1));

	/** Guarded by this. */
	private boolean closed;

	/**
	 * A pool of processes started with {@link #command}.
	 * @param command the command that starts one worker process
	 * @param size how many processes parse at once (at least 1)
	 * @param queue how many files may wait for one (at least 0)
	 * @param timeLimit how long one parse may take before its process is killed
	 */
	public ParseWorkers(List<String> command, int size, int queue, Duration timeLimit) {
		super((DocumentReader) null);
		this.command = List.copyOf(command);
		this.size = Math.max(1, size);
		this.queue = Math.max(0, queue);
		this.timeLimit = timeLimit;
		this.admitted = new Semaphore(this.size + this.queue);
		this.parsing = new Semaphore(this.size, true);
		this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
			Thread thread = new Thread(task, "parse-deadline");
			thread.setDaemon(true);
			return thread;
		});
		this.deadlines.setRemoveOnCancelPolicy(true);
	}

	/**
	 * The command that starts a worker the way this JVM was started: the same {@code java}, with a
	 * bounded heap, running this executable jar or this class path's main class with {@code parse-worker}.
	 */
	public static List<String> command(Class<?> mainClass, long heapBytes) {
		String classPath = System.getProperty("java.class.path", "");
		List<String> launch = isExecutableJar(classPath)
				? List.of("-jar", Path.of(classPath).toAbsolutePath().toString(), "parse-worker")
				: List.of("-cp", classPath, mainClass.getName(), "parse-worker");
		return command(heapBytes, launch);
	}

	static List<String> command(long heapBytes, List<String> launch) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + Math.max(16, heapBytes / (1024 * 1024)) + "m", "-XX:+ExitOnOutOfMemoryError",
				// One parse at a time: the serial collector keeps a worker small and adds no GC threads.
				"-XX:+UseSerialGC", "-Djava.awt.headless=true"));
		command.addAll(launch);
		return command;
	}

	private static boolean isExecutableJar(String classPath) {
		if (classPath.isEmpty() || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
			return false;
		}
		try (JarFile jar = new JarFile(classPath)) {
			Manifest manifest = jar.getManifest();
			return manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Version") != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Starts every process now rather than at the first parse; returns without waiting for them. */
	public synchronized void warmUp() {
		while (!this.closed && this.running.size() < this.size) {
			this.idle.push(start());
		}
	}

	@Override
	public ParseResult parse(String fileName, byte[] content) throws ResumeParseException {
		if (!this.admitted.tryAcquire()) {
			throw busy();
		}
		try {
			this.parsing.acquire();
			try {
				return parseInWorker(fileName, content);
			}
			finally {
				this.parsing.release();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ResumeTooLargeException(fileName + " was not read because reading was interrupted: try again.", ex);
		}
		finally {
			this.admitted.release();
		}
	}

	private ParseResult parseInWorker(String fileName, byte[] content) throws ResumeParseException {
		Worker worker = take();
		long started = System.nanoTime();
		try {
			ParseResult result = worker.parse(fileName, content);
			long took = System.nanoTime() - started;
			this.typicalNanos.updateAndGet(typical -> typical + (took - typical) / 8);
			return result;
		}
		finally {
			give(worker);
		}
	}

	private synchronized Worker take() {
		if (this.closed) {
			throw new IllegalStateException("The parser processes were stopped with the application.");
		}
		while (!this.idle.isEmpty()) {
			Worker worker = this.idle.pop();
			if (worker.process.isAlive()) {
				return worker;
			}
			worker.stop();
		}
		return start();
	}

	private void give(Worker worker) {
		synchronized (this) {
			if (!this.closed && worker.healthy()) {
				this.idle.push(worker);
				return;
			}
		}
		worker.stop();
	}

	private Worker start() {
		try {
			Process process = new ProcessBuilder(this.command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			Worker worker = new Worker(process);
			this.running.add(worker);
			return worker;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start a parser process with " + this.command.get(0) + ": "
					+ ex.getMessage(), ex);
		}
	}

	private ParsersBusyException busy() {
		long waiting = (long) Math.ceil((double) this.typicalNanos.get() * (this.size + this.queue) / this.size / 1e9);
		long seconds = Math.max(1, Math.min(waiting, Math.max(1, this.timeLimit.toSeconds())));
		return new ParsersBusyException("Candidate Search is busy parsing other uploads: try again in " + seconds
				+ (seconds == 1 ? " second." : " seconds."), seconds);
	}

	/** How many files wait for a process. */
	int waiting() {
		return this.parsing.getQueueLength();
	}

	/** The processes running now, busy or idle. */
	List<ProcessHandle> processes() {
		return this.running.stream().map(worker -> worker.process.toHandle()).toList();
	}

	/** Stops every process, idle or parsing; a parse still running fails. */
	@Override
	public void close() {
		List<Worker> all;
		synchronized (this) {
			this.closed = true;
			this.idle.clear();
			all = List.copyOf(this.running);
		}
		all.forEach(Worker::stop);
		this.deadlines.shutdownNow();
	}

	/** One process and the two ends of its pipes. */
	private final class Worker {

		private final Process process;

		private final DataOutputStream requests;

		private final DataInputStream replies;

		/** Set by the deadline, which killed the process. */
		private volatile boolean expired;

		/** Whether the process said it was ready. */
		private boolean ready;

		/** Whether the pipes went out of step or the process died; only a caller thread sets it. */
		private boolean broken;

		Worker(Process process) {
			this.process = process;
			this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
			this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream()));
		}

		boolean healthy() {
			return !this.broken && !this.expired && this.process.isAlive();
		}

		ParseResult parse(String fileName, byte[] content) throws ResumeParseException {
			if (!this.ready) {
				awaitReady();
			}
			ScheduledFuture<?> deadline = ParseWorkers.this.deadlines.schedule(this::expire,
					ParseWorkers.this.timeLimit.toNanos(), TimeUnit.NANOSECONDS);
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
				case ParseWorker.REFUSED -> throw refusal(type, message);
				case ParseWorker.FAILED -> throw new IllegalStateException("The parser process failed on " + fileName
						+ " with " + type + ": " + message);
				default -> {
					this.broken = true;
					throw new IllegalStateException("The parser process answered " + kind + ", which is no answer.");
				}
			};
		}

		private void awaitReady() {
			ScheduledFuture<?> limit = ParseWorkers.this.deadlines.schedule(this::expire, START_LIMIT.toSeconds(),
					TimeUnit.SECONDS);
			try {
				int answer = this.replies.read();
				if (answer != ParseWorker.READY) {
					this.broken = true;
					stop();
					throw new IllegalStateException("A parser process did not start (" + (this.expired
							? "not ready after " + START_LIMIT.toMinutes() + " minutes" : "exit status " + exitStatus())
							+ "); its errors are in the log above. Command: " + String.join(" ", ParseWorkers.this.command));
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
				return new ResumeTooLargeException(fileName + " took more than " + ParseWorkers.this.timeLimit.toSeconds()
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
			ParseWorkers.this.running.remove(this);
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

	/** The worker's refusal as the exception it was there, so the message reaches the user unchanged. */
	static ResumeParseException refusal(String type, String message) {
		return switch (type) {
			case "CorruptResumeException" -> new CorruptResumeException(message);
			case "EmptyResumeException" -> new EmptyResumeException(message);
			case "EncryptedResumeException" -> new EncryptedResumeException(message);
			case "ResumeTooLargeException" -> new ResumeTooLargeException(message);
			case "ScannedResumeException" -> new ScannedResumeException(message);
			case "UnsupportedResumeFormatException" -> new UnsupportedResumeFormatException(message);
			default -> new ResumeParseException(message);
		};
	}

}

package com.candidatesearch.parse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import com.candidatesearch.parse.read.DocumentReader;

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

	private final List<String> command;

	private final int size;

	private final int queue;

	private final Duration timeLimit;

	/** One permit per parse running or waiting. */
	private final Semaphore admitted;

	/** One permit per process; fair, so files are parsed in the order they came. */
	private final Semaphore parsing;

	/** Guarded by this. */
	private final Deque<WorkerProcess> idle = new ArrayDeque<>();

	/** Every process started and not yet stopped, busy or idle. */
	private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();

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
		WorkerProcess worker = take();
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

	private synchronized WorkerProcess take() {
		if (this.closed) {
			throw new IllegalStateException("The parser processes were stopped with the application.");
		}
		while (!this.idle.isEmpty()) {
			WorkerProcess worker = this.idle.pop();
			if (worker.isAlive()) {
				return worker;
			}
			worker.stop();
		}
		return start();
	}

	private void give(WorkerProcess worker) {
		synchronized (this) {
			if (!this.closed && worker.healthy()) {
				this.idle.push(worker);
				return;
			}
		}
		worker.stop();
	}

	private WorkerProcess start() {
		try {
			Process process = new ProcessBuilder(this.command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			WorkerProcess worker = new WorkerProcess(process, this.command, this.timeLimit, this.deadlines,
					this.running::remove);
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
		return this.running.stream().map(WorkerProcess::handle).toList();
	}

	/** Stops every process, idle or parsing; a parse still running fails. */
	@Override
	public void close() {
		List<WorkerProcess> all;
		synchronized (this) {
			this.closed = true;
			this.idle.clear();
			all = List.copyOf(this.running);
		}
		all.forEach(WorkerProcess::stop);
		this.deadlines.shutdownNow();
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

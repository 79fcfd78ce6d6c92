package com.candidatesearch.trust;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.candidatesearch.bench.OrdinaryResumes;
import com.candidatesearch.trust.RunningApp.File;
import com.candidatesearch.trust.RunningApp.Upload;

/**
 * Other customers going about their work while the harness attacks: two threads uploading
 * ordinary generated resumes, one at a time, and one searching. Every failure is kept under the
 * case that was running; "busy, retry" with {@code Retry-After} is no failure, and is retried.
 */
final class OrdinaryTraffic implements AutoCloseable {

	private static final Duration PAUSE = Duration.ofMillis(250);

	/** A client gives up retrying one busy file after this long, and that counts as a failure. */
	private static final Duration RETRY_FOR = Duration.ofSeconds(60);

	private static final List<String> QUERIES = List.of("python", "java engineer", "skill:kubernetes",
			"\"machine learning\"", "experience:>=3", "rust OR go", "employer:google", "pyto*");

	private final RunningApp app;

	private final AtomicInteger nextResume;

	private final List<Thread> threads = new ArrayList<>();

	private final Map<String, List<String>> failures = new ConcurrentHashMap<>();

	private final AtomicInteger uploads = new AtomicInteger();

	private final AtomicInteger searches = new AtomicInteger();

	private final AtomicInteger retries = new AtomicInteger();

	private volatile String during = "start";

	private volatile boolean running = true;

	OrdinaryTraffic(RunningApp app, int firstResume) {
		this.app = app;
		this.nextResume = new AtomicInteger(firstResume);
		for (int i = 0; i < 2; i++) {
			this.threads.add(new Thread(this::upload, "ordinary-upload-" + i));
		}
		this.threads.add(new Thread(this::search, "ordinary-search"));
		this.threads.forEach(Thread::start);
	}

	/** Files later failures under this case. */
	void during(String name) {
		this.during = name;
	}

	/** What failed for other customers while this case ran. */
	List<String> failuresDuring(String name) {
		return this.failures.getOrDefault(name, List.of());
	}

	String counts() {
		return this.uploads.get() + " uploads, " + this.searches.get() + " searches, " + this.retries.get()
				+ " busy answers retried";
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		for (Thread thread : this.threads) {
			thread.join(RunningApp.ANSWER_WITHIN.toMillis() * 2);
		}
	}

	private void upload() {
		while (this.running) {
			OrdinaryResumes.Resume resume = OrdinaryResumes.of(this.nextResume.getAndIncrement());
			long giveUp = System.nanoTime() + RETRY_FOR.toNanos();
			try {
				Upload upload = this.app.upload(new File(resume.name(), resume.content()));
				while (upload.busy() && System.nanoTime() < giveUp && this.running) {
					this.retries.incrementAndGet();
					Thread.sleep(retryAfterMillis(upload));
					upload = this.app.upload(new File(resume.name(), resume.content()));
				}
				String outcome = upload.outcome();
				if (upload.busy() && !this.running) {
					return;
				}
				if (!(outcome.equals("created") || outcome.equals("duplicate") || outcome.equals("version"))) {
					fail("upload " + upload.summary());
				}
				this.uploads.incrementAndGet();
				Thread.sleep(PAUSE.toMillis());
			}
			catch (IOException | RuntimeException ex) {
				fail("upload " + resume.name() + ": " + describe(ex));
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void search() {
		int i = 0;
		while (this.running) {
			String query = QUERIES.get(i++ % QUERIES.size());
			try {
				HttpResponse<String> response = this.app.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
				if (response.statusCode() != 200) {
					fail("search " + query + ": " + response.statusCode());
				}
				this.searches.incrementAndGet();
				Thread.sleep(PAUSE.toMillis());
			}
			catch (IOException | RuntimeException ex) {
				fail("search " + query + ": " + describe(ex));
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** What the answer asks a client to wait, in seconds (an HTTP date counts as one), at most five. */
	private static long retryAfterMillis(Upload upload) {
		String value = upload.response().headers().firstValue("Retry-After").orElse("1").trim();
		long seconds = value.matches("\\d{1,6}") ? Long.parseLong(value) : 1;
		return Math.min(Math.max(seconds, 1), 5) * 1000;
	}

	static String describe(Exception ex) {
		return ex instanceof HttpTimeoutException ? "no answer within " + RunningApp.ANSWER_WITHIN.toSeconds() + " s"
				: ex.toString();
	}

	private void fail(String what) {
		this.failures.computeIfAbsent(this.during, name -> new CopyOnWriteArrayList<>()).add(what);
		if (!this.app.alive()) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}

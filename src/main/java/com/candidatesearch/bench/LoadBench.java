package com.candidatesearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * Uploads and searches at once, as a team does: {@value #UPLOADERS} clients uploading new
 * resumes {@value #BATCH} at a time and {@value #SEARCHERS} clients searching with the query
 * mix, for {@value #SECONDS} seconds against an application already holding a corpus. Then
 * every candidate an upload reported as created must be stored and found by a search for its
 * name. Prints throughput, latency percentiles, server errors and lost uploads.
 */
final class LoadBench {

	static final int UPLOADERS = 4;

	static final int SEARCHERS = 16;

	static final int SECONDS = 60;

	/** Files per upload request: a recruiter dropping a handful of resumes on the page. */
	static final int BATCH = 10;

	private final Figures figures;

	private final PrintStream progress;

	private final AtomicInteger errors = new AtomicInteger();

	private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

	LoadBench(Figures figures, PrintStream progress) {
		this.figures = figures;
		this.progress = progress;
	}

	/**
	 * @param dataDir a data folder an earlier step filled
	 * @param files resumes not uploaded yet
	 * @param queries the query mix
	 * @param seconds how long the load lasts
	 */
	void run(Path dataDir, List<Path> files, List<String> queries, int seconds) throws InterruptedException {
		try (BenchServer server = BenchServer.start(dataDir)) {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			List<Long> uploadNanos = Collections.synchronizedList(new ArrayList<>());
			List<Long> searchNanos = Collections.synchronizedList(new ArrayList<>());
			List<Created> created = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger next = new AtomicInteger();
			AtomicLong uploaded = new AtomicLong();
			ExecutorService clients = Executors.newFixedThreadPool(UPLOADERS + SEARCHERS);
			long started = System.nanoTime();
			for (int i = 0; i < UPLOADERS; i++) {
				clients.submit(() -> upload(server, files, next, deadline, uploadNanos, created, uploaded));
			}
			for (int i = 0; i < SEARCHERS; i++) {
				long seed = i;
				clients.submit(() -> search(server, queries, new Random(seed), deadline, searchNanos));
			}
			clients.shutdown();
			clients.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
			double elapsed = (System.nanoTime() - started) / 1e9;
			this.progress.printf("load: %d files uploaded, %d searches in %.0f s; checking every created candidate%n",
					uploaded.get(), searchNanos.size(), elapsed);
			int lost = lost(server, created);
			this.figures.add("load.seconds", elapsed, "s");
			this.figures.add("load.uploaded", uploaded.get(), "files");
			this.figures.add("load.created", created.size(), "files");
			this.figures.add("load.upload.rate", uploaded.get() / elapsed, "files/s");
			this.figures.addLatencies("load.upload", nanos(uploadNanos));
			this.figures.add("load.searches", searchNanos.size(), "count");
			this.figures.add("load.search.rate", searchNanos.size() / elapsed, "queries/s");
			this.figures.addLatencies("load.search", nanos(searchNanos));
			this.figures.add("load.errors", this.errors.get(), "count");
			this.figures.add("load.lost", lost, "count");
			this.firstErrors.forEach(error -> this.progress.println("load: error: " + error));
		}
	}

	private void upload(BenchServer server, List<Path> files, AtomicInteger next, long deadline,
			List<Long> nanos, List<Created> created, AtomicLong uploaded) {
		for (int from = next.getAndAdd(BATCH); from < files.size() && System.nanoTime() < deadline;
				from = next.getAndAdd(BATCH)) {
			List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
			long start = System.nanoTime();
			JsonNode answer = send(server, () -> server.exchange(server.uploadRequest(batch)));
			nanos.add(System.nanoTime() - start);
			if (answer == null) {
				continue;
			}
			uploaded.addAndGet(batch.size());
			for (int i = 0; i < answer.size() && i < batch.size(); i++) {
				JsonNode outcome = answer.get(i);
				if (outcome.path("status").asString().equals("created")) {
					created.add(new Created(outcome.path("id").asLong()));
				}
			}
		}
	}

	private void search(BenchServer server, List<String> queries, Random random, long deadline, List<Long> nanos) {
		while (System.nanoTime() < deadline) {
			String query = queries.get(random.nextInt(queries.size()));
			long start = System.nanoTime();
			send(server, () -> server.exchange(server.searchRequest(query, Map.of())));
			nanos.add(System.nanoTime() - start);
		}
	}

	/**
	 * Created candidates that are not stored, or that a search for their stored name does not
	 * find (a candidate without a name only has to be stored).
	 */
	private int lost(BenchServer server, List<Created> created) {
		int lost = 0;
		for (Created candidate : created) {
			JsonNode stored = send(server, () -> server.exchange(server.get("/api/candidates/" + candidate.id())));
			String name = stored == null ? ""
					: stored.path("basics").path("name").asString("").replace('"', ' ').strip();
			boolean searchable = name.isEmpty();
			if (!name.isEmpty()) {
				JsonNode found = send(server,
						() -> server.exchange(server.searchRequest("name:\"" + name + "\"", Map.of("size", "100"))));
				if (found != null) {
					for (JsonNode hit : found.path("hits")) {
						searchable |= hit.path("id").asLong() == candidate.id();
					}
				}
			}
			if (stored == null || !searchable) {
				lost++;
				note("candidate " + candidate.id() + " (" + name + ") was reported created but is "
						+ (stored == null ? "not stored" : "not found by its name"));
			}
		}
		return lost;
	}

	/** The JSON answer, or {@code null} after counting a server error or a failed exchange. */
	private JsonNode send(BenchServer server, Exchange exchange) {
		try {
			HttpResponse<byte[]> response = exchange.send();
			if (response.statusCode() / 100 == 2) {
				return BenchServer.json(response);
			}
			if (response.statusCode() >= 500) {
				this.errors.incrementAndGet();
			}
			note(response.request().uri().getPath() + " answered " + response.statusCode());
			return null;
		}
		catch (IOException | RuntimeException ex) {
			this.errors.incrementAndGet();
			note(ex.toString());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private void note(String error) {
		if (this.firstErrors.size() < 10) {
			this.firstErrors.add(error);
		}
	}

	private static long[] nanos(List<Long> nanos) {
		synchronized (nanos) {
			return nanos.isEmpty() ? new long[] { 0 } : nanos.stream().mapToLong(Long::longValue).toArray();
		}
	}

	private record Created(long id) {
	}

	@FunctionalInterface
	private interface Exchange {

		HttpResponse<byte[]> send() throws IOException, InterruptedException;

	}

}

package com.candidatesearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.candidatesearch.search.PlainLuceneQuery;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.mapper.orm.Search;

/**
 * The figures that depend on how many candidates are stored: ingest through the upload API,
 * a full reindex, search over HTTP against the bare Lucene index, memory and disk per candidate.
 */
final class ScaleBench {

	static final int BATCH = 50;

	/**
	 * Uploads in flight at once, as from a few recruiters or a script. Each stored file waits
	 * for its Lucene commit (write-sync, the default); concurrent uploads share commits, a
	 * single sequential client pays one per file.
	 */
	static final int CLIENTS = 4;

	/** The page the search API answers by default, so the floor collects as many hits. */
	static final int PAGE = 20;

	private final Figures figures;

	private final PrintStream progress;

	ScaleBench(Figures figures, PrintStream progress) {
		this.figures = figures;
		this.progress = progress;
	}

	void run(List<Path> files, List<String> queries, Path dataDir) throws IOException, InterruptedException {
		try (BenchServer server = BenchServer.start(dataDir)) {
			int candidates = ingest(server, files);
			long started = System.nanoTime();
			Search.mapping(server.context().getBean(EntityManagerFactory.class))
				.scope(Object.class)
				.massIndexer()
				.startAndWait();
			this.figures.add("reindex.seconds", (System.nanoTime() - started) / 1e9, "s");
			this.progress.printf("reindexed %d candidates%n", candidates);
			this.figures.addLatencies("search", time(queries, query -> server.search(query, Map.of())));
			this.progress.printf("ran %d queries %d times over HTTP%n", queries.size(), WARM_UP_ROUNDS + 1);
			this.figures.addLatencies("floor.search", floor(queries, dataDir));
			this.progress.printf("ran %d queries %d times on the bare index%n", queries.size(), WARM_UP_ROUNDS + 1);
			System.gc();
			this.figures.add("heap.used", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()
					/ (1024.0 * 1024.0), "MiB");
			this.figures.add("index.bytes_per_candidate", size(dataDir.resolve("index")) / (double) candidates, "B");
			this.figures.add("db.bytes_per_candidate", size(dataDir.resolve("db")) / (double) candidates, "B");
		}
	}

	private int ingest(BenchServer server, List<Path> files) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger created = new AtomicInteger();
		long started = System.nanoTime();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			running.add(clients.submit(() -> {
				for (int from = next.getAndAdd(BATCH); from < files.size(); from = next.getAndAdd(BATCH)) {
					List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
					int done = created.addAndGet((int) server.upload(batch)
						.stream()
						.filter(answer -> answer.status().equals("created"))
						.count());
					if ((from / BATCH) % 20 == 19) {
						// The rate so far, so a run that slows as the corpus grows shows where.
						double seconds = (System.nanoTime() - started) / 1e9;
						this.progress.printf("uploaded about %d of %d files in %.0f s, %.1f files/s%n", done,
								files.size(), seconds, done / seconds);
					}
				}
			}));
		}
		clients.shutdown();
		try {
			for (Future<?> client : running) {
				client.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("an upload failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		this.progress.printf("uploaded %d files, %d created, in %.1f s%n", files.size(), created.get(), seconds);
		this.figures.add("ingest.created", created.get(), "files");
		this.figures.add("ingest.rate", created.get() / seconds, "files/s");
		return created.get();
	}

	/** The same queries on the index alone: a read-only reader and searcher, no web, no ORM. */
	private long[] floor(List<String> queries, Path dataDir) throws IOException {
		PlainLuceneQuery builder = new PlainLuceneQuery(dataDir);
		try (FSDirectory directory = FSDirectory.open(dataDir.resolve("index").resolve("candidate"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			return time(queries, typed -> {
				Query query = builder.build(typed);
				try {
					return searcher.search(query, PAGE).totalHits;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/**
	 * Rounds of the query mix run before the timed one. After a single round the JIT was still
	 * compiling the search code: at 100,000 candidates p99 was 51 ms after one round and 34–36 ms
	 * after two or three, then steady. A server searches all day; the figure is its steady state,
	 * and the floor gets the same rounds.
	 */
	static final int WARM_UP_ROUNDS = 3;

	/** {@link #WARM_UP_ROUNDS} rounds to warm up, then each query timed once. */
	private static long[] time(List<String> queries, java.util.function.Function<String, ?> search) {
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			queries.forEach(search::apply);
		}
		long[] nanos = new long[queries.size()];
		for (int i = 0; i < queries.size(); i++) {
			long start = System.nanoTime();
			search.apply(queries.get(i));
			nanos[i] = System.nanoTime() - start;
		}
		return nanos;
	}

	static long size(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

}

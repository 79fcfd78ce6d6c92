package com.candidatesearch.search;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.candidatesearch.candidate.Candidate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search index from the database with Hibernate Search's mass indexer, one run at
 * a time, reporting progress. The index is emptied first and refilled (updating in place would
 * leave duplicates in a Lucene index), so searches keep answering while it runs but find only
 * the candidates indexed so far.
 */
@Service
public class MassReindex {

	private static final Logger log = LoggerFactory.getLogger(MassReindex.class);

	private final EntityManagerFactory entityManagerFactory;

	private final Clock clock;

	private final AtomicReference<ReindexProgress> progress = new AtomicReference<>(ReindexProgress.idle());

	MassReindex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		this.clock = Clock.systemUTC();
	}

	/** Where the current or last reindex stands. */
	public ReindexProgress progress() {
		return this.progress.get();
	}

	/**
	 * Starts a reindex in the background and answers at once.
	 * @throws ReindexRunningException while one is running
	 */
	public synchronized ReindexProgress start() {
		ReindexProgress started = begin();
		Thread worker = new Thread(() -> run(ignored -> {
		}), "mass-reindex");
		worker.setDaemon(true);
		worker.start();
		return started;
	}

	/**
	 * Reindexes and returns when done, telling {@code listener} after every batch and at the end.
	 * @throws ReindexRunningException while one is running
	 */
	public ReindexProgress runAndWait(Consumer<ReindexProgress> listener) {
		synchronized (this) {
			begin();
		}
		run(listener);
		return progress();
	}

	private ReindexProgress begin() {
		ReindexProgress current = progress();
		if (current.isRunning()) {
			throw new ReindexRunningException(current);
		}
		ReindexProgress started = ReindexProgress.started(countCandidates(), this.clock.instant());
		this.progress.set(started);
		return started;
	}

	private void run(Consumer<ReindexProgress> listener) {
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Candidate.class)
				.massIndexer()
				.batchSizeToLoadObjects(50)
				.monitor(new Monitor(listener))
				.startAndWait();
			this.progress.updateAndGet(current -> current.finished(this.clock.instant()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail("The reindex was interrupted (the application is stopping). Start it again.");
		}
		catch (RuntimeException ex) {
			log.error("The reindex failed", ex);
			fail("The reindex failed: " + ex.getMessage() + ". Searches use the index as it was; check that the "
					+ "database and the search index are up (/actuator/health) and start it again.");
		}
		listener.accept(progress());
	}

	private void fail(String error) {
		this.progress.updateAndGet(current -> current.failed(this.clock.instant(), error));
	}

	private long countCandidates() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return entityManager.createQuery("select count(c) from Candidate c", Long.class).getSingleResult();
		}
	}

	/** Counts indexed documents into {@link #progress} and passes each step on. */
	private final class Monitor implements MassIndexingMonitor {

		private final Consumer<ReindexProgress> listener;

		private final AtomicLong done = new AtomicLong();

		Monitor(Consumer<ReindexProgress> listener) {
			this.listener = listener;
		}

		@Override
		public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
			return new MassIndexingTypeGroupMonitor() {

				@Override
				public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
					total(started.totalCount());
				}

				@Override
				public void documentsIndexed(long increment) {
					ReindexProgress now = MassReindex.this.progress
						.updateAndGet(current -> current.indexed(Monitor.this.done.addAndGet(increment), current.total()));
					synchronized (Monitor.this) {
						Monitor.this.listener.accept(now);
					}
				}

				@Override
				public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
				}

			};
		}

		private void total(OptionalLong total) {
			total.ifPresent(count -> MassReindex.this.progress.updateAndGet(current -> current.indexed(current.done(), count)));
		}

		// Hibernate Search reports progress to the type group monitor above; these older callbacks add nothing.

		@Override
		public void documentsAdded(long increment) {
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void indexingCompleted() {
		}

	}

}

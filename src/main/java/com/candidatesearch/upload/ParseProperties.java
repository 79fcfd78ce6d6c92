package com.candidatesearch.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How uploads are parsed ({@code candidate-search.parse.*}).
 *
 * @param isolation {@code process} (the default): in worker processes that are killed at the time
 * limit or when out of memory; {@code none}: on threads of the application itself, which a runaway
 * file keeps busy past its time limit (for tests and development)
 * @param workers how many worker processes parse at once (default: one per processor)
 * @param workerHeap the most memory one worker may use for the file it parses (default 512MB)
 * @param timeLimit how long one whole parse may take (default 20 seconds)
 * @param queue how many files may wait for a worker; beyond that an upload is answered "busy"
 * (default four per worker)
 */
@ConfigurationProperties("candidate-search.parse")
record ParseProperties(Isolation isolation, Integer workers, DataSize workerHeap, Duration timeLimit, Integer queue) {

	ParseProperties {
		isolation = isolation == null ? Isolation.PROCESS : isolation;
		workers = workers == null || workers < 1 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : workers;
		workerHeap = workerHeap == null ? DataSize.ofMegabytes(512) : workerHeap;
		timeLimit = timeLimit == null || timeLimit.isNegative() || timeLimit.isZero() ? Duration.ofSeconds(20) : timeLimit;
		queue = queue == null || queue < 0 ? 4 * workers : queue;
	}

	enum Isolation {

		PROCESS, NONE

	}

}

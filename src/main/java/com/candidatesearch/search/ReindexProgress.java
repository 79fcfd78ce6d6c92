package com.candidatesearch.search;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a mass reindex stands, as {@code GET /api/admin/reindex} answers it.
 *
 * @param state {@code idle} (none since the application started), {@code running}, {@code done} or {@code failed}
 * @param done candidates indexed so far
 * @param total candidates to index
 * @param startedAt when it started; absent while idle
 * @param finishedAt when it ended; absent until then
 * @param error what went wrong and what to do, when it failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReindexProgress(String state, long done, long total, Instant startedAt, Instant finishedAt,
		String error) {

	static final String IDLE = "idle";

	static final String RUNNING = "running";

	static final String DONE = "done";

	static final String FAILED = "failed";

	static ReindexProgress idle() {
		return new ReindexProgress(IDLE, 0, 0, null, null, null);
	}

	static ReindexProgress started(long total, Instant at) {
		return new ReindexProgress(RUNNING, 0, total, at, null, null);
	}

	ReindexProgress indexed(long done, long total) {
		return new ReindexProgress(this.state, done, Math.max(total, done), this.startedAt, null, null);
	}

	ReindexProgress finished(Instant at) {
		return new ReindexProgress(DONE, this.done, this.total, this.startedAt, at, null);
	}

	ReindexProgress failed(Instant at, String error) {
		return new ReindexProgress(FAILED, this.done, this.total, this.startedAt, at, error);
	}

	@JsonIgnore
	public boolean isRunning() {
		return RUNNING.equals(this.state);
	}

	@JsonIgnore
	public boolean isFailed() {
		return FAILED.equals(this.state);
	}

	/** Whole percent done; 100 when there was nothing to index. */
	@JsonIgnore
	public int percent() {
		return this.total == 0 ? 100 : (int) (this.done * 100 / this.total);
	}

	/** Candidates indexed per second since the start, up to {@code now} or the end. */
	@JsonIgnore
	public long rate(Instant now) {
		if (this.startedAt == null) {
			return 0;
		}
		long millis = Duration.between(this.startedAt, this.finishedAt != null ? this.finishedAt : now).toMillis();
		return millis <= 0 ? this.done : this.done * 1000 / millis;
	}

}

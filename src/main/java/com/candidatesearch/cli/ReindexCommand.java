package com.candidatesearch.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.candidatesearch.CandidateSearchApplication;
import com.candidatesearch.search.MassReindex;
import com.candidatesearch.search.ReindexProgress;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code reindex [--property=value...]}: rebuilds the search index from the database with the
 * application's own settings (and profile), without a web server, printing progress as
 * {@code reindexed 5000/100000 (5%) 1234 docs/s} at most once a second and a last line when done.
 * Exit code 0 when done, 1 when it failed, 2 on a usage error.
 */
public final class ReindexCommand {

	static final String USAGE = "usage: reindex [--spring.profiles.active=scale] [--candidate-search.data-dir=DIR] "
			+ "[--property=value...]";

	private ReindexCommand() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		for (String arg : args) {
			if (!arg.startsWith("--") || arg.equals("--help")) {
				err.println(USAGE);
				return 2;
			}
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(CandidateSearchApplication.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				// Only errors interrupt the progress lines; --logging.level.root=INFO brings the rest back.
				// A failed start is told below in one sentence instead of Boot's stack trace.
				.properties("logging.level.root=ERROR", "logging.level.org.springframework.boot.SpringApplication=OFF",
						"logging.level.org.springframework.boot.diagnostics=OFF")
				.run(args.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			err.println("reindex: the application could not start: " + CommandMessages.firstLine(ex));
			err.println("If Candidate Search is running on this data folder (the embedded database allows one process), "
					+ "stop it first, or reindex it while it runs with POST /api/admin/reindex.");
			return 1;
		}
		try (context) {
			Progress progress = new Progress(out, Clock.systemUTC());
			ReindexProgress result = context.getBean(MassReindex.class).runAndWait(progress::print);
			if (result.isFailed()) {
				err.println("reindex: " + result.error());
				return 1;
			}
			Duration took = Duration.between(result.startedAt(), result.finishedAt());
			out.printf("reindexed %d candidates in %.1f s (%d docs/s)%n", result.done(), took.toMillis() / 1000.0,
					result.rate(result.finishedAt()));
			return 0;
		}
	}

	/** Prints a progress line at most once a second, and always the one that reaches the total. */
	static final class Progress {

		private final PrintStream out;

		private final Clock clock;

		/** When the last line was printed; {@code null} before the first. */
		private Instant last;

		private long printed = -1;

		Progress(PrintStream out, Clock clock) {
			this.out = out;
			this.clock = clock;
		}

		synchronized void print(ReindexProgress progress) {
			Instant now = this.clock.instant();
			boolean complete = progress.done() >= progress.total();
			if (progress.done() == this.printed || (!complete && this.last != null
					&& Duration.between(this.last, now).toMillis() < 1000)) {
				return;
			}
			this.out.printf("reindexed %d/%d (%d%%) %d docs/s%n", progress.done(), progress.total(), progress.percent(),
					progress.rate(now));
			this.last = now;
			this.printed = progress.done();
		}

	}

}

package com.candidatesearch.trust;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.candidatesearch.TestDataDirs;
import com.candidatesearch.bench.OrdinaryResumes;
import com.candidatesearch.trust.Attacks.Answer;
import com.candidatesearch.trust.Attacks.Attack;
import com.candidatesearch.trust.RunningApp.File;
import com.candidatesearch.trust.RunningApp.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.fail;

/**
 * Sends every hostile input the service must survive to the packaged jar, one case after the
 * other, while other customers upload and search, and after each checks that no one else lost
 * the service: it answers, the index agrees with the database, an ordinary upload is stored and
 * found, and search is back to its usual speed. At the end it stops and starts the jar again on
 * the same data. Prints a table of cases and outcomes, then fails naming every case that broke.
 */
class HostileInputProcessTests {

	/** Every hostile input, one line each; the cheap ones first, so one that wrecks the service hides little. */
	static final List<HostileCase> CASES = List.of(
			hostile("upload as JSON or text, search asking for CSV", Attacks::wrongMediaTypes),
			hostile("query over 8 KB", Attacks::longQuery),
			hostile("CSRF token in the query string", Attacks::csrfTokenInQuery),
			hostile("session cookie is SameSite=Lax", Attacks::sessionCookieSameSite),
			hostile("500 Basic requests without a cookie", Attacks::sessionsFromScripts),
			hostile("150 wrong passwords for one name at once", Attacks::throttleRace),
			hostile("6 files of one new person at once", Attacks::identityRace),
			hostile("empty file", Attacks::emptyFile),
			hostile("truncated PDF", Attacks::truncatedPdf),
			hostile("corrupt PDF", Attacks::corruptPdf),
			hostile("password-protected PDF", Attacks::encryptedPdf),
			hostile("scanned PDF", Attacks::scannedPdf),
			hostile("PNG picture", Attacks::image),
			hostile("JSON that is no resume", Attacks::jsonNotResume),
			hostile("text resume named .pdf", Attacks::extensionLie),
			hostile("50 MB file", Attacks::fiftyMegabytes),
			hostile("XXE: entity naming a server file", Attacks::externalEntity),
			hostile("billion laughs DOCX", Attacks::billionLaughs),
			hostile("zip bomb DOCX, 1 GB, honest headers", Attacks::honestZipBomb),
			hostile("zip bomb DOCX, 1 GB, headers say 60 kB", Attacks::lyingZipBomb),
			hostile("3 PDFs of 20M text operators at once", Attacks::runawayPdfs),
			hostile("\"Python, \" + 20k × a", Attacks::quadratic20k),
			hostile("\"Python, \" + 40k × a", Attacks::quadratic40k),
			hostile("\"Python, \" + 80k × a", Attacks::quadratic80k),
			hostile("one word of 10 MB", Attacks::tenMegabyteToken),
			hostile("one word of 16,500 × α (33 KB)", Attacks::poisonTokenAlpha),
			hostile("one word of 40,000 × a", Attacks::poisonTokenLatin));

	/** Searches after a case may take this many times the median before any case, but always 500 ms. */
	static final int LATENCY_FACTOR = 5;

	static final long LATENCY_FLOOR_MILLIS = 500;

	/** How long the service may take to recover its usual speed, and to agree with its index, after a case. */
	static final Duration RECOVERY = Duration.ofSeconds(30);

	private static final String LATENCY_QUERY = "python";

	private RunningApp app;

	private final List<String> ordinary = new ArrayList<>();

	private long latencyBound;

	/**
	 * One hostile input.
	 *
	 * @param name what it sends, for the table
	 * @param attack how it is sent and its answer judged
	 */
	record HostileCase(String name, Attack attack) {

		Answer run(RunningApp app) {
			try {
				return this.attack.against(app);
			}
			catch (HttpTimeoutException ex) {
				return Answer.broken("no answer within " + RunningApp.ANSWER_WITHIN.toSeconds() + " s");
			}
			catch (IOException ex) {
				return Answer.broken("no answer: " + ex);
			}
			catch (Exception ex) {
				return Answer.broken(ex.toString());
			}
		}

	}

	static HostileCase hostile(String name, Attack attack) {
		return new HostileCase(name, attack);
	}

	/**
	 * One line of the table.
	 *
	 * @param name the case
	 * @param answer what it was answered
	 * @param after what the checks after it found
	 * @param background what failed for other customers meanwhile
	 */
	record Row(String name, Answer answer, Aftermath after, List<String> background) {

		boolean ok() {
			return this.answer.kept() && this.after.ok() && this.background.isEmpty();
		}

	}

	/**
	 * What the checks after a case found.
	 *
	 * @param answers whether the application answered
	 * @param inSync whether the index agreed with the database, or what it said
	 * @param ordinaryUpload what became of an ordinary upload
	 * @param searchMillis the median of the last five searches
	 * @param ok whether all of it is as it should be
	 */
	record Aftermath(String answers, String inSync, String ordinaryUpload, String searchMillis, boolean ok) {

		static Aftermath down(String why) {
			return new Aftermath(why, "-", "-", "-", false);
		}

	}

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.kill();
		}
	}

	@Test
	void noHostileInputTakesTheServiceFromAnyoneElse() throws Exception {
		long started = System.nanoTime();
		this.app = RunningApp.start(TestDataDirs.create("hostile"));
		List<File> seeds = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			OrdinaryResumes.Resume resume = OrdinaryResumes.of(i);
			seeds.add(new File(resume.name(), resume.content()));
		}
		Upload seeded = this.app.upload(seeds.toArray(File[]::new));
		if (seeded.status() != 201) {
			fail("the ordinary resumes to search among could not be uploaded: " + seeded.summary());
		}
		List<Row> rows = new ArrayList<>();
		OrdinaryTraffic traffic = new OrdinaryTraffic(this.app, seeds.size());
		try {
			long baseline = baselineMillis();
			this.latencyBound = Math.max(LATENCY_FACTOR * baseline, LATENCY_FLOOR_MILLIS);
			System.out.printf(Locale.ROOT, "hostile-input harness: search median %d ms before any case, bound %d ms%n",
					baseline, this.latencyBound);
			for (HostileCase hostile : CASES) {
				traffic.during(hostile.name());
				long caseStarted = System.nanoTime();
				Answer answer = hostile.run(this.app);
				Aftermath after = aftermath();
				Row row = new Row(hostile.name(), answer, after, traffic.failuresDuring(hostile.name()));
				rows.add(row);
				System.out.printf(Locale.ROOT, "hostile-input harness: %s: %s (%s with the checks after it)%n",
						hostile.name(), row.ok() ? "ok" : "FAIL",
						RunningApp.seconds((System.nanoTime() - caseStarted) / 1_000_000));
				if (!this.app.alive()) {
					// Start it again so that the cases after this one are still tried.
					this.app.startAgain();
				}
			}
			traffic.during("restart");
		}
		finally {
			traffic.close();
		}
		rows.add(restart(traffic.failuresDuring("restart")));

		String table = table(rows);
		System.out.println(table);
		System.out.printf(Locale.ROOT, "hostile-input harness: %d cases in %s; ordinary traffic: %s%n", CASES.size(),
				RunningApp.seconds((System.nanoTime() - started) / 1_000_000), traffic.counts());
		List<Row> failed = rows.stream().filter(row -> !row.ok()).toList();
		if (!failed.isEmpty()) {
			fail(failed.size() + " of " + rows.size() + " cases took the service from someone or were answered "
					+ "wrongly (see the table above): " + failed.stream().map(Row::name).collect(Collectors.joining("; "))
					+ "\nother customers' failures:\n" + failed.stream()
						.filter(row -> !row.background().isEmpty())
						.map(row -> row.name() + ": " + String.join(" | ", row.background()))
						.collect(Collectors.joining("\n")));
		}
	}

	/** Answers, agrees with its index, stores and finds an ordinary upload, and searches at its usual speed. */
	private Aftermath aftermath() throws InterruptedException {
		if (!awaitAnswer()) {
			return Aftermath.down(this.app.alive() ? "no answer" : "down; see " + this.app.log());
		}
		try {
			String inSync = awaitInSync();
			String upload = ordinaryUpload();
			long millis = awaitUsualSpeed();
			boolean ok = inSync.equals("true") && upload.equals("stored, found") && millis <= this.latencyBound;
			return new Aftermath("yes", inSync, upload, String.valueOf(millis), ok);
		}
		catch (IOException ex) {
			return new Aftermath("yes", "-", OrdinaryTraffic.describe(ex), "-", false);
		}
	}

	private boolean awaitAnswer() throws InterruptedException {
		long deadline = System.nanoTime() + RECOVERY.toNanos();
		while (System.nanoTime() < deadline && this.app.alive()) {
			try {
				HttpResponse<String> health = this.app.send(this.app.anonymous("/actuator/health")
					.timeout(Duration.ofSeconds(10))
					.build());
				if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
					return true;
				}
			}
			catch (IOException notYet) {
				// asked again below
			}
			Thread.sleep(500);
		}
		return false;
	}

	/** "true", or what the index said last; uploads in flight may disagree for a moment, a poisoned index for good. */
	private String awaitInSync() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + RECOVERY.toNanos() / 2;
		JsonNode index = this.app.indexHealth();
		while (!index.path("inSync").asBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(500);
			index = this.app.indexHealth();
		}
		return index.path("inSync").asBoolean() ? "true"
				: "false (" + index.path("documents").asString("?") + " docs, " + index.path("candidates").asString("?")
						+ " rows)";
	}

	/** A new ordinary resume, retried while the service says it is busy, then looked for. */
	private String ordinaryUpload() throws IOException, InterruptedException {
		int number = this.ordinary.size();
		String token = "zqordinary" + number + "x";
		File file = File.text("check-" + number + ".txt", CheckResumes.name(number) + "\ncheck" + number
				+ "@example.org\n\nEXPERIENCE\nEngineer, Checkco, 2019 - Present\n- Kept things running\n\nSKILLS\nJava, "
				+ token + "\n");
		long deadline = System.nanoTime() + RECOVERY.toNanos();
		Upload upload = this.app.upload(file);
		while (upload.busy() && System.nanoTime() < deadline) {
			Thread.sleep(1000);
			upload = this.app.upload(file);
		}
		if (!upload.outcome().equals("created")) {
			return upload.summary();
		}
		this.ordinary.add(token);
		long found = this.app.total(token);
		return found == 1 ? "stored, found" : "stored, found " + found + "×";
	}

	/** The median of five searches, asked again until it is under the bound or the time is up. */
	private long awaitUsualSpeed() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + RECOVERY.toNanos();
		long median = medianMillis(5);
		while (median > this.latencyBound && System.nanoTime() < deadline) {
			Thread.sleep(1000);
			median = medianMillis(5);
		}
		return median;
	}

	private long baselineMillis() throws IOException, InterruptedException {
		medianMillis(3);
		return medianMillis(11);
	}

	private long medianMillis(int searches) throws IOException, InterruptedException {
		long[] millis = new long[searches];
		for (int i = 0; i < searches; i++) {
			long started = System.nanoTime();
			HttpResponse<String> response = this.app.get("/api/search?q=" + LATENCY_QUERY);
			millis[i] = (System.nanoTime() - started) / 1_000_000;
			if (response.statusCode() != 200) {
				throw new IOException("search answered " + response.statusCode());
			}
		}
		Arrays.sort(millis);
		return millis[searches / 2];
	}

	/** Stops the jar as an operator does, starts it again on the same data, and finds every ordinary upload. */
	private Row restart(List<String> background) throws InterruptedException {
		long stopping = System.nanoTime();
		boolean stopped = this.app.stop(Duration.ofSeconds(60));
		String stop = stopped ? "stopped in " + RunningApp.seconds((System.nanoTime() - stopping) / 1_000_000)
				: "did not stop within 60 s, killed";
		long starting = System.nanoTime();
		try {
			this.app.startAgain();
		}
		catch (IOException | IllegalStateException ex) {
			return new Row("restart on the same data", Answer.broken(stop + "; " + ex.getMessage()),
					Aftermath.down("no"), background);
		}
		String start = "up in " + RunningApp.seconds((System.nanoTime() - starting) / 1_000_000);
		List<String> earlier = List.copyOf(this.ordinary);
		long missing = 0;
		try {
			for (String token : earlier) {
				missing += this.app.total(token) == 1 ? 0 : 1;
			}
		}
		catch (IOException ex) {
			return new Row("restart on the same data", Answer.broken(stop + ", " + start + "; " + ex.getMessage()),
					aftermath(), background);
		}
		Answer answer = new Answer(stopped && missing == 0, stop + ", " + start + ", "
				+ (earlier.size() - missing) + "/" + earlier.size() + " earlier ordinary uploads found");
		return new Row("restart on the same data", answer, aftermath(), background);
	}

	private static String table(List<Row> rows) {
		List<String[]> cells = new ArrayList<>();
		cells.add(new String[] { "case", "answer", "app answers", "inSync", "ordinary upload", "search ms",
				"others' failures", "outcome" });
		for (Row row : rows) {
			cells.add(new String[] { row.name(), cut(row.answer().summary(), 90), row.after().answers(),
					cut(row.after().inSync(), 30), cut(row.after().ordinaryUpload(), 60), row.after().searchMillis(),
					row.background().isEmpty() ? "0" : row.background().size() + ": " + cut(row.background().get(0), 60),
					row.ok() ? "ok" : "FAIL" });
		}
		int[] widths = new int[cells.get(0).length];
		for (String[] line : cells) {
			for (int i = 0; i < line.length; i++) {
				widths[i] = Math.max(widths[i], line[i].length());
			}
		}
		StringBuilder table = new StringBuilder();
		for (int r = 0; r < cells.size(); r++) {
			String[] line = cells.get(r);
			table.append('|');
			for (int i = 0; i < line.length; i++) {
				table.append(' ').append(String.format("%-" + widths[i] + "s", line[i])).append(" |");
			}
			table.append('\n');
			if (r == 0) {
				table.append('|');
				for (int width : widths) {
					table.append("-".repeat(width + 2)).append('|');
				}
				table.append('\n');
			}
		}
		return table.toString();
	}

	private static String cut(String text, int length) {
		String line = text.replaceAll("\\s+", " ");
		return line.length() <= length ? line : line.substring(0, length - 1) + "…";
	}

	/** Different realistic names for the ordinary uploads that check the service after each case. */
	private static final class CheckResumes {

		private static final String[] FIRST = { "Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
				"John", "Katherine", "Ken", "Leslie", "Margaret", "Niklaus", "Radia", "Tony", "Shafi", "Sophie",
				"Dennis", "Hedy", "Tim" };

		private static final String[] LAST = { "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth",
				"Allen", "Backus", "Johnson", "Thompson", "Lamport", "Hamilton", "Wirth", "Perlman", "Hoare",
				"Goldwasser", "Wilson", "Ritchie", "Lamarr", "Berners" };

		static String name(int number) {
			return FIRST[number % FIRST.length] + " " + LAST[(number / FIRST.length + number) % LAST.length];
		}

	}

}

package com.candidatesearch.trust;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.HostileFiles;
import com.candidatesearch.trust.RunningApp.File;
import com.candidatesearch.trust.RunningApp.RawAnswer;
import com.candidatesearch.trust.RunningApp.Upload;
import tools.jackson.databind.JsonNode;

/**
 * What the hostile-input harness sends, one method per case, each judging the answer it got
 * against what the service promises; the checks every case shares come after, in the harness.
 */
final class Attacks {

	/** A second loopback address, so that a crowd of wrong passwords pauses that address and not the harness's. */
	private static final String CROWD_ADDRESS = "127.0.0.2";

	private static final AtomicInteger UNIQUE = new AtomicInteger();

	private Attacks() {
	}

	/** Sends something hostile and says whether the answer is the one the service promises. */
	@FunctionalInterface
	interface Attack {

		Answer against(RunningApp app) throws Exception;

	}

	/**
	 * The answer to an attack, judged.
	 *
	 * @param kept whether it is what the service promises
	 * @param summary the status and a short message, for the table
	 */
	record Answer(boolean kept, String summary) {

		static Answer kept(String summary) {
			return new Answer(true, summary);
		}

		static Answer broken(String summary) {
			return new Answer(false, summary);
		}

	}

	// Poison tokens: one word longer than Lucene's 32,766-byte term limit.

	static Answer poisonTokenAlpha(RunningApp app) throws Exception {
		return storedWholeOrNotAtAll(app, "poison-alpha.txt", "α".repeat(16_500));
	}

	static Answer poisonTokenLatin(RunningApp app) throws Exception {
		return storedWholeOrNotAtAll(app, "poison-latin.txt", "a".repeat(40_000));
	}

	// Parses that grow faster than the file.

	static Answer quadratic20k(RunningApp app) throws Exception {
		return answeredInTime(app.upload(File.text("quadratic-20k.txt", "Python, " + "a".repeat(20_000))));
	}

	static Answer quadratic40k(RunningApp app) throws Exception {
		return answeredInTime(app.upload(File.text("quadratic-40k.txt", "Python, " + "a".repeat(40_000))));
	}

	static Answer quadratic80k(RunningApp app) throws Exception {
		return answeredInTime(app.upload(File.text("quadratic-80k.txt", "Python, " + "a".repeat(80_000))));
	}

	static Answer tenMegabyteToken(RunningApp app) throws Exception {
		return answeredInTime(app.upload(File.text("one-word.txt", "a".repeat(10_000_000))));
	}

	/**
	 * Three PDFs at once, each 20 million text operators: more than PDFBox reads within the time limit
	 * on two cores, so the workers reading them are killed. Stored (a fast machine reads one in time)
	 * or refused, each is answered; the checks after the case see that nothing keeps running.
	 */
	static Answer runawayPdfs(RunningApp app) throws Exception {
		byte[] pdf = HostileFiles.runawayPdf(200, 100_000);
		List<Upload> uploads = together(3, i -> app.upload(new File("runaway-" + i + ".pdf", pdf)));
		List<Answer> answers = uploads.stream().map(Attacks::answeredInTime).toList();
		boolean kept = answers.stream().allMatch(Answer::kept);
		return new Answer(kept, String.join("; ", answers.stream().map(Answer::summary).distinct().toList()));
	}

	// Zip-based documents.

	static Answer lyingZipBomb(RunningApp app) throws Exception {
		return refused(app.upload(new File("lying-bomb.docx", HostileFiles.lyingZipBombDocx())));
	}

	static Answer honestZipBomb(RunningApp app) throws Exception {
		return refused(app.upload(new File("bomb.docx", HostileFiles.zipBombDocx())));
	}

	static Answer billionLaughs(RunningApp app) throws Exception {
		return refused(app.upload(new File("laughs.docx", HostileFiles.billionLaughsDocx())));
	}

	/** An entity naming a file on the server's disk: stored or refused, its content must never come back. */
	static Answer externalEntity(RunningApp app) throws Exception {
		String secret = "zqsecret" + UNIQUE.incrementAndGet() + "x";
		Path file = app.writeFile("secret.txt", secret);
		Upload upload = app.upload(new File("xxe.docx", HostileFiles.xxeDocx(file.toUri())));
		Answer answer = answeredInTime(upload);
		if (!answer.kept()) {
			return answer;
		}
		if (upload.response().body().contains(secret) || app.total(secret) != 0) {
			return Answer.broken(upload.summary() + ", and the server's file was read into it");
		}
		for (JsonNode outcome : upload.outcomes()) {
			if (outcome.hasNonNull("id") && app.get("/api/candidates/" + outcome.get("id").asLong()).body().contains(secret)) {
				return Answer.broken(upload.summary() + ", and the server's file was read into it");
			}
		}
		return answer;
	}

	// Files that are broken or disguised.

	static Answer truncatedPdf(RunningApp app) throws Exception {
		return refused(app.upload(new File("cut.pdf", HostileFiles.truncatedPdf())));
	}

	static Answer corruptPdf(RunningApp app) throws Exception {
		return refused(app.upload(new File("corrupt.pdf", HostileFiles.corruptPdf())));
	}

	static Answer encryptedPdf(RunningApp app) throws Exception {
		return refused(app.upload(new File("locked.pdf", HostileFiles.protectedPdf())));
	}

	/** Without OCR on the server it is refused with a message; with it, read. */
	static Answer scannedPdf(RunningApp app) throws Exception {
		return answeredInTime(app.upload(new File("scan.pdf", HostileFiles.scannedPdf())));
	}

	static Answer image(RunningApp app) throws Exception {
		return refused(app.upload(new File("photo.png", HostileFiles.png())));
	}

	static Answer jsonNotResume(RunningApp app) throws Exception {
		return refused(app.upload(new File("orders.json", HostileFiles.jsonNotResume())));
	}

	static Answer emptyFile(RunningApp app) throws Exception {
		return refused(app.upload(new File("empty.pdf", new byte[0])));
	}

	/** A text resume named .pdf is read by what it is. */
	static Answer extensionLie(RunningApp app) throws Exception {
		Upload upload = app.upload(new File("text-" + UNIQUE.incrementAndGet() + ".pdf",
				("Liam Extensio\nliam.extensio@example.org\n\nSKILLS\nJava, Zqextensionx\n").getBytes(StandardCharsets.UTF_8)));
		String outcome = upload.outcome();
		return outcome.equals("created") || outcome.equals("duplicate") ? Answer.kept(upload.summary())
				: Answer.broken(upload.summary());
	}

	static Answer fiftyMegabytes(RunningApp app) throws Exception {
		Upload upload;
		try {
			upload = app.upload(new File("big.txt", HostileFiles.huge()));
		}
		catch (HttpTimeoutException hang) {
			throw hang;
		}
		catch (IOException closed) {
			// Tomcat stops reading a refused body after 2 MB and closes the connection; TCP may then
			// drop the 413 it already sent. The upload was refused at once all the same.
			return Answer.kept("connection closed by the server during the upload (" + closed.getMessage() + ")");
		}
		return upload.status() == 413 && upload.contentType().startsWith("application/problem+json")
				? Answer.kept(upload.summary()) : Answer.broken(upload.summary());
	}

	// Crowds.

	/** Six different files of one new person at once: one candidate, the other five held as its new versions. */
	static Answer identityRace(RunningApp app) throws Exception {
		int person = UNIQUE.incrementAndGet();
		// A form sign-in's session and token, so no password hash spreads the six requests apart.
		Session session = signIn(app);
		List<String> signedIn = List.of("Cookie", session.cookie(), "X-CSRF-TOKEN", csrfToken(app, session));
		String experience = "- Ran the build farm and the release train for forty services\n".repeat(40);
		List<Upload> uploads = together(6, i -> app.upload(signedIn, File.text("ingrid-" + i + ".txt",
				"Ingrid Racewell\ningrid.racewell" + person + "@example.org\n+44 20 7946 " + (1000 + person) + "\n\n"
						+ "SUMMARY\nVersion " + i + " of my resume.\n\nEXPERIENCE\nEngineer, Racecorp, 2019 - Present\n"
						+ experience + "\nSKILLS\nJava, Skill" + i + "\n")));
		Map<String, Integer> counts = new TreeMap<>();
		for (Upload upload : uploads) {
			counts.merge(upload.status() + " " + upload.outcome(), 1, Integer::sum);
		}
		long created = uploads.stream().filter(upload -> upload.outcome().equals("created")).count();
		long held = uploads.stream().filter(upload -> upload.outcome().equals("version")).count();
		return created == 1 && held == 5 ? Answer.kept("1 created, 5 held as versions")
				: Answer.broken(created + " created, " + held + " held: " + counts);
	}

	/** 150 wrong passwords for one name at once: at most 10 are checked, the rest paused with 429. */
	static Answer throttleRace(RunningApp app) throws Exception {
		InetAddress crowd = InetAddress.getByName(CROWD_ADDRESS);
		List<RawAnswer> answers = together(150, i -> app.rawFrom(crowd, "GET", "/api/search?q=java",
				"Authorization: " + RunningApp.basic("admin", "wrong-" + i), "Accept: application/json"));
		Map<Integer, Integer> counts = new TreeMap<>();
		answers.forEach(answer -> counts.merge(answer.status(), 1, Integer::sum));
		long checked = answers.stream().filter(answer -> answer.status() == 401).count();
		boolean pausedRight = answers.stream()
			.filter(answer -> answer.status() != 401)
			.allMatch(answer -> answer.status() == 429 && answer.hasHeader("Retry-After"));
		String summary = checked + " checked (401), statuses " + counts;
		return checked <= 10 && pausedRight ? Answer.kept(summary) : Answer.broken(summary);
	}

	/** 500 scripted Basic requests without a cookie: none may leave a session behind. */
	static Answer sessionsFromScripts(RunningApp app) throws Exception {
		AtomicInteger next = new AtomicInteger();
		List<int[]> tallies = together(8, thread -> {
			int[] tally = new int[2];
			while (next.getAndIncrement() < 500) {
				HttpResponse<String> response = app.get("/api/search?size=1&q=java");
				tally[0] += response.statusCode() == 200 ? 1 : 0;
				tally[1] += response.headers().allValues("Set-Cookie").isEmpty() ? 0 : 1;
			}
			return tally;
		});
		int ok = tallies.stream().mapToInt(tally -> tally[0]).sum();
		int cookies = tallies.stream().mapToInt(tally -> tally[1]).sum();
		String summary = ok + "× 200, " + cookies + " set a session cookie";
		return ok == 500 && cookies == 0 ? Answer.kept(summary) : Answer.broken(summary);
	}

	// Requests of the wrong shape.

	static Answer wrongMediaTypes(RunningApp app) throws Exception {
		HttpResponse<String> json = app.send(app.request("/api/candidates")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"files\": []}"))
			.build());
		HttpResponse<String> text = app.send(app.request("/api/candidates")
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("Ada Lovelace"))
			.build());
		HttpResponse<String> csv = app.send(app.request("/api/search?q=java").header("Accept", "text/csv").build());
		boolean kept = problem(json, 415) && problem(text, 415) && problem(csv, 406);
		return new Answer(kept, "json upload " + brief(json) + ", text upload " + brief(text) + ", csv search "
				+ brief(csv));
	}

	static Answer longQuery(RunningApp app) throws Exception {
		HttpResponse<String> response = app.get("/api/search?q=" + "java+".repeat(1800));
		return new Answer((problem(response, 414) || problem(response, 400)), brief(response));
	}

	/** A form post that carries its CSRF token in the address instead of the body is refused. */
	static Answer csrfTokenInQuery(RunningApp app) throws Exception {
		Session signedIn = signIn(app);
		String session = signedIn.cookie();
		String token = csrfToken(app, signedIn);
		HttpResponse<String> inBody = app.send(app.anonymous("/shortlist/clear")
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token))
			.build());
		HttpResponse<String> inQuery = app.send(app.anonymous("/shortlist/clear?_csrf=" + token)
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(""))
			.build());
		// The same token in the body is taken, so a refusal in the address is for where it is, not what it is.
		return new Answer(inBody.statusCode() == 302 && inQuery.statusCode() == 403,
				"in the body " + inBody.statusCode() + ", in the address " + inQuery.statusCode());
	}

	static Answer sessionCookieSameSite(RunningApp app) throws Exception {
		String setCookie = signIn(app).setCookie();
		return new Answer(setCookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), setCookie.replaceAll("=[^;]{8,}", "=…"));
	}

	/**
	 * A form sign-in's session.
	 *
	 * @param cookie the {@code Cookie} header that sends it
	 * @param setCookie the header that set it
	 */
	private record Session(String cookie, String setCookie) {
	}

	/** The CSRF token the search page gives this session. */
	private static String csrfToken(RunningApp app, Session session) throws IOException, InterruptedException {
		HttpResponse<String> page = app.send(app.anonymous("/search").header("Cookie", session.cookie()).build());
		Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
		if (!token.find()) {
			throw new IOException("the search page answered " + page.statusCode() + " without a CSRF token");
		}
		return token.group(1);
	}

	private static Session signIn(RunningApp app) throws IOException, InterruptedException {
		HttpResponse<String> form = app.send(app.anonymous("/login").build());
		String cookie = form.headers().firstValue("Set-Cookie").map(value -> value.split(";", 2)[0]).orElse("");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		String csrf = token.find() ? token.group(1) : "";
		HttpResponse<String> signedIn = app.send(app.anonymous("/login")
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + app.password + "&_csrf=" + csrf))
			.build());
		String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow(
				() -> new IOException("the sign-in form answered " + signedIn.statusCode() + " without a session cookie"));
		return new Session(setCookie.split(";", 2)[0], setCookie);
	}

	// How answers are judged.

	/** Refused with a message a person can act on, or a problem answer; never a failure of the server. */
	private static Answer refused(Upload upload) {
		Answer answer = answeredInTime(upload);
		if (!answer.kept()) {
			return answer;
		}
		String outcome = upload.outcome();
		boolean refused = outcome.equals("failed") || upload.status() == 413 || upload.status() == 415 || upload.busy();
		return new Answer(refused, upload.summary());
	}

	/** Any answer but a failure of the server: no 5xx (a busy 503 with Retry-After aside), no HTML, no stack trace. */
	private static Answer answeredInTime(Upload upload) {
		String body = upload.response().body();
		boolean serverFailed = upload.status() >= 500 && !upload.busy();
		boolean json = upload.contentType().startsWith("application/json")
				|| upload.contentType().startsWith("application/problem+json");
		boolean trace = body.contains("\tat ") || body.contains("Exception");
		boolean unreadable = upload.outcomes().stream()
			.anyMatch(outcome -> outcome.path("status").asString().equals("failed")
					&& outcome.path("error").asString("").isBlank());
		return new Answer(!serverFailed && json && !trace && !unreadable, upload.summary());
	}

	/** Stored and searchable, or refused with nothing stored: never half. */
	private static Answer storedWholeOrNotAtAll(RunningApp app, String name, String word) throws Exception {
		String marker = "zqpoison" + UNIQUE.incrementAndGet() + "x";
		Upload upload = app.upload(File.text(name, "Pat Poison\npat.poison" + marker + "@example.org\n\nSUMMARY\n" + word
				+ "\n\nSKILLS\nJava, " + marker + "\n"));
		Answer answer = answeredInTime(upload);
		if (!answer.kept()) {
			return answer;
		}
		long found = app.total(marker);
		boolean whole = upload.outcome().equals("created") ? found == 1 : found == 0;
		return whole ? answer : Answer.broken(upload.summary() + "; search finds it " + found + "×");
	}

	private static boolean problem(HttpResponse<String> response, int status) {
		return response.statusCode() == status && response.headers()
			.firstValue("Content-Type")
			.orElse("")
			.startsWith("application/problem+json");
	}

	private static String brief(HttpResponse<String> response) {
		return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("no body").split(";")[0];
	}

	/** A task run once per thread, its index given. */
	@FunctionalInterface
	private interface Task<T> {

		T run(int index) throws Exception;

	}

	/** Runs the task on this many threads released at the same moment, and waits for every result. */
	private static <T> List<T> together(int threads, Task<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				int index = i;
				Callable<T> call = () -> {
					start.await();
					return task.run(index);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				try {
					results.add(future.get());
				}
				catch (ExecutionException ex) {
					throw ex.getCause() instanceof Exception cause ? cause : ex;
				}
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

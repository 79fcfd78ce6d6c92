package com.candidatesearch.upload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.candidatesearch.CandidateSearchProperties;
import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.candidate.CandidateVersions;
import com.candidatesearch.candidate.DuplicateResumeException;
import com.candidatesearch.candidate.HeldVersion;
import com.candidatesearch.candidate.StoredUpload;
import com.candidatesearch.identity.IdentityMatch;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsersBusyException;
import com.candidatesearch.parse.ResumeParseException;
import com.candidatesearch.parse.ResumeParser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class ResumeImporterTests {

	private final CandidateService candidates = mock(CandidateService.class);

	private final CandidateVersions versions = mock(CandidateVersions.class);

	private final AuditLog audit = mock(AuditLog.class);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ResumeImporter importer = new ResumeImporter(new ResumeParser(), this.candidates, this.versions,
			this.audit, new CandidateSearchProperties(null, new CandidateSearchProperties.Upload(50), null, null),
			new ImportMetrics(this.meters));

	@Test
	void refusesMoreFilesThanOneUploadTakesWithAMessage() {
		List<MultipartFile> batch = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			batch.add(new MockMultipartFile("files", "r" + i + ".txt", "text/plain", new byte[] { 'x' }));
		}

		assertThatExceptionOfType(TooManyFilesException.class).isThrownBy(() -> this.importer.importAll(batch))
			.withMessage("51 files were sent at once; one upload takes at most 50. Upload them in batches of 50 or fewer.");
	}

	@Test
	void oneBrokenFileInABatchOfFiftyFailsAloneWithItsReason() {
		AtomicLong ids = new AtomicLong();
		given(this.candidates.findBySha256(anyString())).willReturn(Optional.empty());
		given(this.versions.store(any(), anyString(), anyString(), any()))
			.willAnswer(call -> new StoredUpload(ids.incrementAndGet(), null));
		List<MultipartFile> batch = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			byte[] content = i == 17 ? new byte[0]
					: ("Person Number" + i + "\nperson" + i + "@example.org\n\nSKILLS\nJava, Rust\n")
						.getBytes(StandardCharsets.UTF_8);
			batch.add(new MockMultipartFile("files", "resume-" + i + ".txt", "text/plain", content));
		}

		List<UploadOutcome> outcomes = this.importer.importAll(batch);

		assertThat(outcomes).hasSize(50);
		assertThat(outcomes).filteredOn(UploadOutcome::isCreated).hasSize(49);
		UploadOutcome failed = outcomes.get(17);
		assertThat(failed.status()).isEqualTo("failed");
		assertThat(failed.file()).isEqualTo("resume-17.txt");
		assertThat(failed.error()).contains("resume-17.txt");
		assertThat(failed.id()).isNull();
		verify(this.audit).record(AuditAction.UPLOAD_FAILED, null, null, "resume-17.txt: " + failed.error());
	}

	@Test
	void knownBytesAreADuplicateWithoutParsing() {
		byte[] content = "Someone\n".getBytes(StandardCharsets.UTF_8);
		given(this.candidates.findBySha256(ResumeImporter.sha256(content))).willReturn(Optional.of(42L));

		UploadOutcome outcome = this.importer.importFile("cv.txt", content);

		assertThat(outcome).isEqualTo(new UploadOutcome("cv.txt", "duplicate", 42L, null));
		verify(this.audit).record(AuditAction.DUPLICATE, 42L, null, "cv.txt");
	}

	@Test
	void aDuplicateStoredMeanwhileIsReportedAsADuplicate() {
		byte[] content = "Someone Else\nsomeone@example.org\n".getBytes(StandardCharsets.UTF_8);
		given(this.candidates.findBySha256(anyString())).willReturn(Optional.empty());
		given(this.versions.store(any(), eq("cv.txt"), anyString(), any())).willThrow(new DuplicateResumeException(9));

		assertThat(this.importer.importFile("cv.txt", content)).isEqualTo(new UploadOutcome("cv.txt", "duplicate", 9L, null));
	}

	@Test
	void aStorageFailureFailsTheFileWithAMessageNotAStackTrace() {
		byte[] content = "Someone Else\nsomeone@example.org\n".getBytes(StandardCharsets.UTF_8);
		given(this.candidates.findBySha256(anyString())).willReturn(Optional.empty());
		given(this.versions.store(any(), anyString(), anyString(), any())).willThrow(new IllegalStateException("disk full"));

		UploadOutcome outcome = this.importer.importFile("cv.txt", content);

		assertThat(outcome.status()).isEqualTo("failed");
		assertThat(outcome.error()).isEqualTo("cv.txt was parsed but could not be stored; nothing was kept. Try again, "
				+ "and tell your administrator if it keeps failing.").doesNotContain("disk full");
	}

	@Test
	void anUploadHeldAsALikelyNewVersionIsAnsweredAsAVersion() {
		byte[] content = "Ada Lovelace\nada@new.org\n".getBytes(StandardCharsets.UTF_8);
		IdentityMatch match = new IdentityMatch(4, 100, List.of("same phone"));
		given(this.candidates.findBySha256(anyString())).willReturn(Optional.empty());
		given(this.versions.store(any(), eq("cv.txt"), anyString(), any())).willReturn(
				new StoredUpload(null, new HeldVersion(11, 4, "Ada Lovelace", List.of(match.reasons().get(0)), "cv.txt")));

		UploadOutcome outcome = this.importer.importFile("cv.txt", content);

		assertThat(outcome).isEqualTo(
				new UploadOutcome("cv.txt", "version", 4L, 11L, "Ada Lovelace", List.of("same phone"), "cv.txt", null));
	}

	@Test
	void bytesHeldAlreadyAnswerTheSameHeldUploadWithoutParsing() {
		byte[] content = "not a resume the parser would take: \u0000".getBytes(StandardCharsets.UTF_8);
		given(this.candidates.findBySha256(anyString())).willReturn(Optional.empty());
		given(this.versions.heldFor(ResumeImporter.sha256(content)))
			.willReturn(Optional.of(new HeldVersion(11, 4, "Ada Lovelace", List.of("same e-mail"), "cv.txt")));

		UploadOutcome again = this.importer.importFile("again.txt", content);

		assertThat(again).as("the name it was uploaded under, and every fact of the held upload")
			.isEqualTo(new UploadOutcome("again.txt", "version", 4L, 11L, "Ada Lovelace", List.of("same e-mail"),
					"cv.txt", null));
		assertThat(again.isHeldUnderAnotherName()).isTrue();
		verify(this.versions, never()).store(any(), anyString(), anyString(), any());
	}

	@Test
	void countsEachOutcomeAndTimesEachParseByFormat() {
		given(this.candidates.findBySha256(anyString())).willReturn(Optional.empty());
		given(this.versions.store(any(), anyString(), anyString(), any())).willReturn(new StoredUpload(1L, null));
		this.importer.importFile("cv.txt", "Someone Else\nsomeone@example.org\n".getBytes(StandardCharsets.UTF_8));
		this.importer.importFile("empty.pdf", new byte[0]);
		this.importer.importFile("odd.name.XYZ", new byte[0]);

		assertThat(this.meters.get("candidate_search.ingest").tag("outcome", "created").counter().count()).isEqualTo(1);
		assertThat(this.meters.get("candidate_search.ingest").tag("outcome", "failed").counter().count()).isEqualTo(2);
		assertThat(this.meters.get("candidate_search.parse").tags("format", "txt", "outcome", "parsed").timer().count())
			.isEqualTo(1);
		assertThat(this.meters.get("candidate_search.parse").tags("format", "pdf", "outcome", "refused").timer().count())
			.isEqualTo(1);
		assertThat(this.meters.get("candidate_search.parse").tags("format", "other").timer().count()).isEqualTo(1);
	}

	@Test
	void aBatchThatFindsEveryParserBusyKeepsWhatWasTakenInAndLooksAtNothingAfter() {
		AtomicLong ids = new AtomicLong();
		given(this.candidates.findBySha256(anyString())).willReturn(Optional.empty());
		given(this.versions.store(any(), anyString(), anyString(), any()))
			.willAnswer(call -> new StoredUpload(ids.incrementAndGet(), null));
		List<String> parsed = new ArrayList<>();
		ResumeParser busyFromC = new ResumeParser() {

			@Override
			public ParseResult parse(String fileName, byte[] content) throws ResumeParseException {
				if (fileName.startsWith("c")) {
					throw new ParsersBusyException("every parser is busy", 7);
				}
				parsed.add(fileName);
				return super.parse(fileName, content);
			}

		};
		ResumeImporter busyImporter = new ResumeImporter(busyFromC, this.candidates, this.versions, this.audit,
				new CandidateSearchProperties(null, null, null, null), new ImportMetrics(this.meters));
		List<MultipartFile> batch = List.of(text("a.txt"), text("b.txt"), text("c.txt"), text("d.txt"));

		assertThatExceptionOfType(UploadBusyException.class).isThrownBy(() -> busyImporter.importAll(batch))
			.withMessage("Candidate Search is busy parsing other uploads: 2 of the 4 files were taken in (listed); upload "
					+ "the other 2 files again in 7 seconds.")
			.satisfies(busy -> {
				assertThat(busy.retryAfterSeconds()).isEqualTo(7);
				assertThat(busy.takenIn()).extracting(UploadOutcome::file, UploadOutcome::status)
					.containsExactly(tuple("a.txt", "created"), tuple("b.txt", "created"));
			});
		assertThat(parsed).containsExactly("a.txt", "b.txt");
		verify(this.audit, never()).record(eq(AuditAction.UPLOAD_FAILED), any(), any(), anyString());
	}

	@Test
	void anUploadThatFindsEveryParserBusyAtItsFirstFileTakesNothingIn() {
		ResumeParser busy = new ResumeParser() {

			@Override
			public ParseResult parse(String fileName, byte[] content) {
				throw new ParsersBusyException("every parser is busy", 1);
			}

		};
		given(this.candidates.findBySha256(anyString())).willReturn(Optional.empty());
		ResumeImporter busyImporter = new ResumeImporter(busy, this.candidates, this.versions, this.audit,
				new CandidateSearchProperties(null, null, null, null), new ImportMetrics(this.meters));

		assertThatExceptionOfType(UploadBusyException.class)
			.isThrownBy(() -> busyImporter.importAll(List.of(text("a.txt"), text("b.txt"))))
			.withMessage("Candidate Search is busy parsing other uploads: try again in 1 second.")
			.satisfies(refused -> assertThat(refused.takenIn()).isEmpty());
		verify(this.candidates, never()).create(any(), anyString(), anyString(), any());
	}

	private static MultipartFile text(String name) {
		String stem = name.substring(0, name.indexOf('.'));
		return new MockMultipartFile("files", name, "text/plain",
				("Person " + stem.toUpperCase() + "\n" + stem + "@example.org\n\nSKILLS\nJava\n").getBytes(StandardCharsets.UTF_8));
	}

}

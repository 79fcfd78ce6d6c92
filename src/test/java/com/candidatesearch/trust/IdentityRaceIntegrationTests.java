package com.candidatesearch.trust;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.candidatesearch.TestDataDirs;
import com.candidatesearch.upload.ResumeImporter;
import com.candidatesearch.upload.UploadOutcome;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Different files of one new person uploaded at the same moment give one candidate and the rest
 * held as its likely new versions, as they do one after the other: on H2 here, on PostgreSQL in
 * the scale run.
 */
@SpringBootTest
@ActiveProfiles("test")
class IdentityRaceIntegrationTests {

	static final Path dataDir = TestDataDirs.create("identity-race");

	static final int FILES = 6;

	@Autowired
	private ResumeImporter importer;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@RepeatedTest(3)
	void sixFilesOfOneNewPersonAtOnceGiveOneCandidateAndFiveHeldVersions(org.junit.jupiter.api.RepetitionInfo run)
			throws Exception {
		String person = "Quinn Racer" + run.getCurrentRepetition();
		String email = "quinn.racer" + run.getCurrentRepetition() + "@example.org";
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService uploaders = Executors.newFixedThreadPool(FILES);
		try {
			List<Future<UploadOutcome>> sent = new ArrayList<>();
			for (int i = 0; i < FILES; i++) {
				byte[] file = (person + "\n" + email + "\n+44 20 7946 0" + (100 + run.getCurrentRepetition())
						+ "\n\nSummary\nVersion " + i + " of the resume, written for role " + i + ".\n\nSkills\nPython, Go\n")
					.getBytes(StandardCharsets.UTF_8);
				String name = "racer-" + i + ".txt";
				sent.add(uploaders.submit(() -> {
					start.await();
					return this.importer.importFile(name, file);
				}));
			}
			start.countDown();
			List<UploadOutcome> outcomes = new ArrayList<>();
			for (Future<UploadOutcome> one : sent) {
				outcomes.add(one.get(120, TimeUnit.SECONDS));
			}

			assertThat(outcomes).as(outcomes.toString()).filteredOn(UploadOutcome::isCreated).hasSize(1);
			long created = outcomes.stream().filter(UploadOutcome::isCreated).findFirst().orElseThrow().id();
			assertThat(outcomes).filteredOn(UploadOutcome::isVersion)
				.hasSize(FILES - 1)
				.allSatisfy(held -> assertThat(held.id()).isEqualTo(created));
		}
		finally {
			uploaders.shutdownNow();
		}
	}

}

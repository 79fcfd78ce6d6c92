package com.candidatesearch.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import com.candidatesearch.TestDataDirs;
import com.candidatesearch.parse.ResumeParser;
import com.candidatesearch.upload.ResumeImporter;
import com.candidatesearch.upload.UploadOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates stored before identity keys were kept have none; the start-up backfill gives them
 * theirs once, so that a new version of their resume is recognised as for any other candidate.
 */
@SpringBootTest
@ActiveProfiles("test")
class IdentityBackfillTests {

	static final Path dataDir = TestDataDirs.create("identity-backfill");

	@Autowired
	private ResumeImporter importer;

	@Autowired
	private ResumeParser parser;

	@Autowired
	private CandidateVersions versions;

	@Autowired
	private IdentityBackfill backfill;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void candidatesWithoutKeysGetThemOnceAndTheirNewVersionIsRecognised() throws Exception {
		long walton = this.importer.importFile("walton.txt", bytes("seeds/001_8e724327113ee43c.txt")).id();
		long whalen = this.importer.importFile("whalen.txt", bytes("seeds/000_cf880338e06f109e.txt")).id();
		String keysOfWalton = "select identity_key from candidate_identity where candidate_id = ? order by identity_key";
		var storedKeys = this.jdbc.queryForList(keysOfWalton, String.class, walton);
		assertThat(storedKeys).contains("github:stevenwalton");
		// As a database migrated to V7 has them: candidates, and no keys.
		this.jdbc.update("delete from candidate_identity");
		byte[] newVersion = bytes("versions/001_walton_v2.txt");
		assertThat(this.versions.likelySamePerson(this.parser.parse("walton-2026.txt", newVersion)))
			.as("without keys nobody is found").isEmpty();

		// Batches of one: the cursor must carry the job from one batch to the next.
		int filled = this.backfill.backfill(1);

		assertThat(filled).isEqualTo(2);
		assertThat(this.jdbc.queryForList(keysOfWalton, String.class, walton)).isEqualTo(storedKeys);
		assertThat(this.jdbc.queryForObject("select count(*) from candidate_identity where candidate_id = ?",
				Integer.class, whalen)).isPositive();
		assertThat(this.backfill.backfill()).as("a second run has nothing left to do").isZero();
		UploadOutcome outcome = this.importer.importFile("walton-2026.txt", newVersion);
		assertThat(outcome.status()).isEqualTo("version");
		assertThat(outcome.id()).isEqualTo(walton);
		assertThat(outcome.reasons()).contains("same GitHub profile");
	}

	private static byte[] bytes(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
	}

}

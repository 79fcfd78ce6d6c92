package com.candidatesearch.candidate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import com.candidatesearch.TestDataDirs;
import com.candidatesearch.upload.ResumeImporter;
import com.candidatesearch.upload.ResumeImporterSha;
import com.candidatesearch.upload.UploadOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Originals no row names, left by a process killed between writing the file and committing its
 * row, go when the application starts, once older than the grace period; every file a candidate
 * names stays, however old.
 */
@SpringBootTest
@ActiveProfiles("test")
class OrphanFilesIntegrationTests {

	static final Path dataDir = TestDataDirs.create("orphan-files");

	@Autowired
	private ResumeImporter importer;

	@Autowired
	private OrphanFiles orphans;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void filesNoRowNamesGoAfterTheGracePeriodAndStoredOnesStay() throws Exception {
		byte[] resume = "Orla Orphan\norla@example.org\n\nSkills\nRust\n".getBytes(StandardCharsets.UTF_8);
		UploadOutcome stored = this.importer.importFile("orla.txt", resume);
		assertThat(stored.isCreated()).as(stored.toString()).isTrue();
		String sha = ResumeImporterSha.of(resume);
		Path files = dataDir.resolve("files");
		Path kept = files.resolve(sha.substring(0, 2)).resolve(sha);
		Path orphan = write(files.resolve("ab").resolve("ab" + "0".repeat(62)));
		Path halfWritten = write(files.resolve("cd").resolve("cd" + "1".repeat(62) + "8812345.part"));
		Path fresh = write(files.resolve("ef").resolve("ef" + "2".repeat(62)));
		FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
		for (Path old : new Path[] { kept, orphan, halfWritten }) {
			Files.setLastModifiedTime(old, twoHoursAgo);
		}

		assertThat(this.orphans.remove()).isEqualTo(2);

		assertThat(orphan).doesNotExist();
		assertThat(halfWritten).doesNotExist();
		assertThat(kept).as("named by the stored candidate").exists();
		assertThat(fresh).as("within the grace period: perhaps an upload being stored").exists();
		assertThat(this.importer.importFile("orla-again.txt", resume).isDuplicate()).isTrue();
	}

	private static Path write(Path path) throws Exception {
		Files.createDirectories(path.getParent());
		return Files.write(path, "left behind".getBytes(StandardCharsets.UTF_8));
	}

}

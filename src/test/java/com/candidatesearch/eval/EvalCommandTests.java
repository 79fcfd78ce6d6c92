package com.candidatesearch.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EvalCommandTests {

	@TempDir
	Path folder;

	private Path resumes;

	private Path golds;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void createFolders() throws IOException {
		this.resumes = Files.createDirectory(this.folder.resolve("resumes"));
		this.golds = Files.createDirectory(this.folder.resolve("gold"));
	}

	@Test
	void scoresEveryFormatOfEachGoldResumeAndEndsWithTheOverallLine() throws IOException {
		Files.writeString(this.golds.resolve("ana.json"), "{\"basics\": {\"name\": \"Ana Ruiz\"}}");
		Files.writeString(this.resumes.resolve("ana.txt"), "Ana Ruiz\n");
		Files.writeString(this.resumes.resolve("ana.md"), "Ana Ruiz\n");
		Files.writeString(this.resumes.resolve("ana.txt.bak"), "not a format of ana");
		Files.writeString(this.resumes.resolve("anastasia.txt"), "another resume");
		assertThat(run(this.resumes, this.golds)).isZero();
		List<String> lines = output().lines().toList();
		assertThat(lines.get(0)).isEqualTo(String.format("%-40s %6s %6s %6s", "file", "P", "R", "F1"));
		assertThat(lines.get(1)).startsWith("ana.md ");
		assertThat(lines.get(2)).startsWith("ana.txt ");
		assertThat(lines.get(3)).isEmpty();
		assertThat(lines.get(4)).isEqualTo("micro totals over 2 files");
		assertThat(lines.get(lines.size() - 1)).matches("overall F1 \\d\\.\\d{3} \\(P \\d\\.\\d{3} R \\d\\.\\d{3}\\)");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void parsesSerializeToTheContractWithNoKeysOutsideIt() throws IOException {
		Files.writeString(this.golds.resolve("ana.json"), "{\"basics\": {\"name\": \"Ana Ruiz\"}}");
		Files.writeString(this.resumes.resolve("ana.txt"), "Ana Ruiz\n");
		run(this.resumes, this.golds);
		List<String> sections = output().lines()
			.dropWhile((line) -> !line.startsWith("section "))
			.skip(1)
			.map((line) -> line.split(" ")[0])
			.toList();
		assertThat(sections).containsExactly("basics", "work", "education", "skills", "skills.name", "languages",
				"publications", "awards", "certificates", "projects", "teaching", "all", "overall");
	}

	@Test
	void fileThatFailsToParseScoresAsEmptyAndItsErrorGoesToErr() throws IOException {
		Files.writeString(this.golds.resolve("ana.json"), "{\"basics\": {\"name\": \"Ana Ruiz\"}}");
		Files.write(this.resumes.resolve("ana.pdf"), new byte[0]);
		assertThat(run(this.resumes, this.golds)).isZero();
		assertThat(output()).contains(String.format("%-40s  0.000  0.000  0.000  (parse failed)\n", "ana.pdf"))
			.endsWith("overall F1 0.000 (P 0.000 R 0.000)\n");
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("error: ana.pdf: ana.pdf is empty: upload the resume file again. (scored as an empty parse)\n");
	}

	@Test
	void goldWithoutAResumeScoresAsAnEmptyParse() throws IOException {
		Files.writeString(this.golds.resolve("bob.json"), "{\"basics\": {\"name\": \"Bob\"}}");
		assertThat(run(this.resumes, this.golds)).isZero();
		assertThat(output()).contains(String.format("%-40s  0.000  0.000  0.000  (no resume file)\n", "bob"));
	}

	@Test
	void withASourcesFileFilesAreGroupedBySourceWithFiguresPerSourceFormatAndPart() throws IOException {
		Files.writeString(this.golds.resolve("ana.json"), "{\"basics\": {\"name\": \"Ana Ruiz\"}}");
		Files.writeString(this.golds.resolve("bo.json"), "{\"basics\": {\"name\": \"Bo Lind\"}}");
		Files.writeString(this.golds.resolve("cy.json"), "{\"basics\": {\"name\": \"Cy Twombly\"}}");
		Files.writeString(this.resumes.resolve("ana.txt"), "Ana Ruiz\n");
		Files.writeString(this.resumes.resolve("ana.md"), "Ana Ruiz\n");
		Files.writeString(this.resumes.resolve("bo.txt"), "Bo Lind\n");
		Files.writeString(this.resumes.resolve("cy.txt"), "Someone Else\n");
		Files.writeString(this.golds.resolve("SOURCES"), """
				# stem	source	kind	origin	licence
				ana	zeta	template	github:o/zeta@1:a.md	MIT
				bo	alpha	template	github:o/alpha@2:b.txt	MIT
				cy	alpha	template	github:o/alpha@2:c.txt	MIT
				""");
		Files.writeString(this.golds.resolve("SPLIT"), "alpha\theldout\nzeta\tdev\n");
		assertThat(run(this.resumes, this.golds)).isZero();
		String output = output();
		assertThat(output).contains("\nalpha  [heldout]\n  bo.txt ", "\n  cy.txt ", "\nzeta  [dev]\n  ana.md ", "\n  ana.txt ");
		assertThat(output.indexOf("alpha  [heldout]")).isLessThan(output.indexOf("zeta  [dev]"));
		assertThat(groupLine(output, "per source", "alpha")).matches("alpha +2 +1 +1 +1 .*");
		assertThat(groupLine(output, "per source", "zeta")).matches("zeta +2 +2 +0 +0 .*1\\.000");
		assertThat(groupLine(output, "per format", "txt")).matches("txt +3 +2 +1 +1 .*");
		assertThat(groupLine(output, "per format", "md")).matches("md +1 +1 +0 +0 .*");
		assertThat(groupLine(output, "per part", "dev")).matches("dev +2 .*1\\.000");
		assertThat(groupLine(output, "per part", "heldout")).matches("heldout +2 .*0\\.500");
		assertThat(output).contains("micro totals over 4 files").endsWith("overall F1 0.750 (P 0.750 R 0.750)\n");
	}

	@Test
	void aSourcesLineWithTooFewColumnsIsAnError() throws IOException {
		Files.writeString(this.golds.resolve("ana.json"), "{\"basics\": {\"name\": \"Ana Ruiz\"}}");
		Files.writeString(this.golds.resolve("SOURCES"), "ana zeta template\n");
		assertThat(run(this.resumes, this.golds)).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("SOURCES line 1: expected 5 tab-separated columns");
	}

	private static String groupLine(String output, String table, String group) {
		return output.lines()
			.dropWhile((line) -> !line.startsWith(table + " "))
			.skip(1)
			.takeWhile((line) -> !line.isEmpty())
			.filter((line) -> line.startsWith(group + " "))
			.findFirst()
			.orElse("");
	}

	@Test
	void unreadableGoldFileIsAnError() throws IOException {
		Files.writeString(this.golds.resolve("ana.json"), "{\"basics\": ");
		assertThat(run(this.resumes, this.golds)).isEqualTo(2);
		assertThat(output()).isEmpty();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("error: gold ");
	}

	@Test
	void missingFoldersAreAUsageError() {
		assertThat(EvalCommand.run(List.of(this.resumes.toString()), print(this.out), print(this.err))).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("usage: eval [-v] RESUME_DIR GOLD_DIR\neval: error: expected RESUME_DIR and GOLD_DIR\n");
	}

	@Test
	void goldFolderWithoutJsonIsAUsageError() {
		assertThat(run(this.resumes, this.golds)).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.endsWith("eval: error: no .json files in " + this.golds + "\n");
	}

	@Test
	void unknownOptionIsAUsageError() {
		assertThat(EvalCommand.run(List.of("--fast", "a", "b"), print(this.out), print(this.err))).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).endsWith("eval: error: unknown option --fast\n");
	}

	@Test
	void resumeFolderThatIsNotAFolderIsAUsageError() throws IOException {
		Files.writeString(this.golds.resolve("ana.json"), "{}");
		Path file = Files.writeString(this.folder.resolve("file.txt"), "x");
		assertThat(EvalCommand.run(List.of(file.toString(), this.golds.toString()), print(this.out), print(this.err)))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).endsWith("eval: error: " + file + " is not a folder\n");
	}

	private int run(Path resumeFolder, Path goldFolder) {
		return EvalCommand.run(List.of(resumeFolder.toString(), goldFolder.toString()), print(this.out),
				print(this.err));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}

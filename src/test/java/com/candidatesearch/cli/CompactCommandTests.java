package com.candidatesearch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CompactCommandTests {

	@TempDir
	Path dataDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void shrinksTheDatabaseTheApplicationLeftAndKeepsEveryRow() throws Exception {
		Path base = this.dataDir.resolve("db").resolve("candidates");
		// As the application writes: WRITE_DELAY=0, one transaction per upload, then stopped
		// without the short compaction a normal close does.
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";WRITE_DELAY=0", "sa", "")) {
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE TABLE upload (id INT PRIMARY KEY, text VARCHAR(4000))");
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO upload VALUES (?, ?)")) {
				for (int i = 0; i < 2000; i++) {
					insert.setInt(1, i);
					insert.setString(2, ("resume " + i + " ").repeat(200));
					insert.executeUpdate();
				}
			}
			try (Statement stop = connection.createStatement()) {
				stop.execute("SHUTDOWN IMMEDIATELY");
			}
		}
		Path file = Path.of(base + ".mv.db");
		long before = Files.size(file);

		int exit = CompactCommand.run(List.of("--candidate-search.data-dir=" + this.dataDir), print(this.out),
				print(this.err));

		assertThat(exit).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(Files.size(file)).isLessThan(before / 2);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("compacted ").contains(" MB to ");
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
				ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM upload")) {
			count.next();
			assertThat(count.getInt(1)).isEqualTo(2000);
		}
	}

	@Test
	void aFolderWithoutADatabaseIsAnErrorAndGetsNone() {
		int exit = CompactCommand.run(List.of("--candidate-search.data-dir=" + this.dataDir), print(this.out),
				print(this.err));

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("there is no database at");
		assertThat(this.dataDir.resolve("db")).doesNotExist();
	}

	@Test
	void anUnknownArgumentShowsTheUsage() {
		assertThat(CompactCommand.run(List.of("--force"), print(this.out), print(this.err))).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith(CompactCommand.USAGE);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}

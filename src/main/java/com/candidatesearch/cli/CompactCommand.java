package com.candidatesearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code compact [--candidate-search.data-dir=DIR]}: shrinks the embedded H2 database file
 * while the application is stopped. The application opens it with {@code WRITE_DELAY=0} so
 * that every upload it reports is on disk; that also stops H2's background writer, which is
 * what compacts the file while it is open, so the file keeps the leftovers of every commit
 * (about 110–180 kB per candidate in the benchmark, against 6 kB once compacted). H2 offers no
 * SQL to compact an open database; {@code SHUTDOWN COMPACT} rewrites it in one go. The data
 * folder is taken from the argument, else {@code CANDIDATE_SEARCH_DATA_DIR}, else
 * {@code ./data} (settings in configuration files are not read). Exit code 0 when done, 1 when it failed, 2 on a
 * usage error.
 */
public final class CompactCommand {

	static final String USAGE = "usage: compact [--candidate-search.data-dir=DIR]";

	private static final String DATA_DIR = "--candidate-search.data-dir=";

	private CompactCommand() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		String dataDir = System.getenv().getOrDefault("CANDIDATE_SEARCH_DATA_DIR", "./data");
		for (String arg : args) {
			if (!arg.startsWith(DATA_DIR) || arg.length() == DATA_DIR.length()) {
				err.println(USAGE);
				return 2;
			}
			dataDir = arg.substring(DATA_DIR.length());
		}
		// Absolute: H2 takes a relative path only when it starts with "./".
		Path base = Path.of(dataDir, "db", "candidates").toAbsolutePath();
		Path file = Path.of(base + ".mv.db");
		if (!Files.isRegularFile(file)) {
			err.println("compact: there is no database at " + file + "; name the data folder with " + DATA_DIR + "DIR.");
			return 1;
		}
		try {
			long before = Files.size(file);
			// IFEXISTS: never create an empty database where the operator mistyped a folder.
			try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN COMPACT");
			}
			long after = Files.size(file);
			out.printf("compacted %s from %d MB to %d MB%n", file, before / 1_000_000, after / 1_000_000);
			return 0;
		}
		catch (SQLException ex) {
			err.println("compact: " + CommandMessages.firstLine(ex));
			err.println("If Candidate Search is running on this data folder (the embedded database allows one process), "
					+ "stop it first.");
			return 1;
		}
		catch (IOException ex) {
			err.println("compact: " + ex.getMessage());
			return 1;
		}
	}

}

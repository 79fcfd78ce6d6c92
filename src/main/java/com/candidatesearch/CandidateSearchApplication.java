package com.candidatesearch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import ch.qos.logback.classic.Level;
import com.candidatesearch.bench.BenchCommand;
import com.candidatesearch.cli.CompactCommand;
import com.candidatesearch.cli.ParseCommand;
import com.candidatesearch.cli.ReindexCommand;
import com.candidatesearch.eval.EvalCommand;
import com.candidatesearch.parse.ParseWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Starts the web application, or runs a command ({@code parse FILE...}, {@code eval RESUME_DIR GOLD_DIR},
 * {@code bench}, {@code reindex}, {@code compact}) without starting it; {@code bench} starts its own instances to measure
 * them, {@code reindex} the application without its web server. The hidden {@code parse-worker} is the process
 * the application parses uploads in ({@code parse.ParseWorkers}).
 */
// Accounts live in the database (account.AccountDetails); Boot's generated in-memory user must
// never stand in for them, not even while that bean is missing from a test slice.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CandidateSearchApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "parse-worker".equals(args[0])) {
			// Standard output carries the answers to the parent: nothing else may write there.
			OutputStream answers = new FileOutputStream(FileDescriptor.out);
			System.setOut(System.err);
			silenceLibraryLogging();
			System.exit(ParseWorker.run(System.in, answers));
		}
		List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
		if (args.length > 0 && List.of("parse", "eval", "bench", "reindex", "compact").contains(args[0])) {
			silenceLibraryLogging();
		}
		if (args.length > 0 && "parse".equals(args[0])) {
			System.exit(ParseCommand.run(rest, System.out, System.err));
		}
		if (args.length > 0 && "eval".equals(args[0])) {
			System.exit(EvalCommand.run(rest, System.out, System.err));
		}
		if (args.length > 0 && "bench".equals(args[0])) {
			System.exit(BenchCommand.run(rest, System.out, System.err));
		}
		if (args.length > 0 && "reindex".equals(args[0])) {
			System.exit(ReindexCommand.run(rest, System.out, System.err));
		}
		if (args.length > 0 && "compact".equals(args[0])) {
			System.exit(CompactCommand.run(rest, System.out, System.err));
		}
		SpringApplication.run(CandidateSearchApplication.class, args);
	}

	/**
	 * Without Spring Boot's logging setup, Logback logs every library's debug lines to standard
	 * output, which would corrupt what a command prints there; commands report on standard error.
	 */
	private static void silenceLibraryLogging() {
		if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(Level.OFF);
		}
	}

}

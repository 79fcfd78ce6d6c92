package com.candidatesearch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ResumeParseException;
import com.candidatesearch.parse.ResumeParser;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parse [--out DIR] FILE...}: parses resumes into the contract's JSON without a web
 * server or a database. One file failing never stops the others; the exit code is 1 if any failed.
 */
public final class ParseCommand {

	static final String USAGE = "usage: parse [--out DIR] FILE...";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ParseCommand() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		Path outDir = null;
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ("--out".equals(arg)) {
				if (i + 1 == args.size()) {
					err.println("--out needs a folder. " + USAGE);
					return 2;
				}
				outDir = Path.of(args.get(++i));
			}
			else if (arg.startsWith("--")) {
				err.println("unknown option " + arg + ". " + USAGE);
				return 2;
			}
			else {
				files.add(Path.of(arg));
			}
		}
		if (files.isEmpty()) {
			err.println("no files given. " + USAGE);
			return 2;
		}
		ResumeParser parser = new ResumeParser();
		int failed = 0;
		for (Path file : files) {
			try {
				String json = parse(parser, file);
				if (outDir == null) {
					out.println(json);
				}
				else {
					Files.createDirectories(outDir);
					Files.writeString(outDir.resolve(stem(file) + ".json"), json + "\n");
				}
			}
			catch (ResumeParseException | IOException ex) {
				failed++;
				err.println(file + ": " + describe(ex));
			}
		}
		return failed == 0 ? 0 : 1;
	}

	private static String parse(ResumeParser parser, Path file) throws IOException, ResumeParseException {
		byte[] bytes = Files.readAllBytes(file);
		ParseResult result = parser.parse(file.getFileName().toString(), bytes);
		return JSON.writeValueAsString(result.resume());
	}

	private static String describe(Exception ex) {
		if (ex instanceof java.nio.file.NoSuchFileException) {
			return "no such file; check the path.";
		}
		return ex.getMessage();
	}

	static String stem(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}

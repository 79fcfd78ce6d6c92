package com.candidatesearch.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.candidatesearch.parse.ResumeParseException;
import com.candidatesearch.parse.ResumeParser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The {@code eval} command: parses every resume that has a gold file and prints how the parses
 * score, as score.py prints a folder of predictions, so the parser's figures can be followed
 * without leaving Java.
 */
public final class EvalCommand {

	private static final String USAGE = "usage: eval [-v] RESUME_DIR GOLD_DIR";

	private static final JsonNode NOTHING = JsonNodeFactory.instance.objectNode();

	private final JsonMapper json = JsonMapper.builder().build();

	private final ResumeParser parser = new ResumeParser();

	private final PrintStream err;

	private EvalCommand(PrintStream err) {
		this.err = err;
	}

	/**
	 * Runs {@code eval [-v] RESUME_DIR GOLD_DIR}. For each {@code GOLD_DIR/<stem>.json} every
	 * {@code RESUME_DIR/<stem>.<ext>} is parsed and scored; a file that fails to parse scores as
	 * an empty parse and its error goes to {@code err}.
	 * @param args the arguments after the command name; {@code -v} lists every difference
	 * @param out where the scoreboard goes
	 * @param err where usage errors and parse failures go
	 * @return 0 when scoring ran, 2 on a usage error or an unreadable gold file
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		boolean verbose = false;
		List<String> folders = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("-v") || arg.equals("--verbose")) {
				verbose = true;
			}
			else if (arg.startsWith("-")) {
				return usage(err, "unknown option " + arg);
			}
			else {
				folders.add(arg);
			}
		}
		if (folders.size() != 2) {
			return usage(err, "expected RESUME_DIR and GOLD_DIR");
		}
		Path resumes = Path.of(folders.get(0));
		Path golds = Path.of(folders.get(1));
		for (Path folder : List.of(resumes, golds)) {
			if (!Files.isDirectory(folder)) {
				return usage(err, folder + " is not a folder");
			}
		}
		try {
			List<Path> goldFiles = files(golds).stream().filter((file) -> name(file).endsWith(".json")).toList();
			if (goldFiles.isEmpty()) {
				return usage(err, "no .json files in " + golds);
			}
			Scoreboard scoreboard = new Scoreboard(verbose, CorpusSources.readFrom(golds));
			if (!new EvalCommand(err).score(goldFiles, files(resumes), scoreboard)) {
				return 2;
			}
			scoreboard.print(out);
			return 0;
		}
		catch (IOException ex) {
			return usage(err, "cannot read a folder: " + ex.getMessage());
		}
	}

	private boolean score(List<Path> goldFiles, List<Path> resumeFiles, Scoreboard scoreboard) {
		for (Path goldFile : goldFiles) {
			String stem = name(goldFile).substring(0, name(goldFile).length() - ".json".length());
			JsonNode gold = readGold(goldFile);
			if (gold == null) {
				return false;
			}
			List<Path> resumes = resumeFiles.stream().filter((file) -> isFormatOf(name(file), stem)).toList();
			if (resumes.isEmpty()) {
				scoreboard.add(stem, stem, "no resume file", ResumeScorer.score(NOTHING, gold));
			}
			for (Path resume : resumes) {
				scoreResume(stem, resume, gold, scoreboard);
			}
		}
		return true;
	}

	private void scoreResume(String stem, Path resume, JsonNode gold, Scoreboard scoreboard) {
		String fileName = name(resume);
		try {
			JsonNode parse = this.json.valueToTree(this.parser.parse(fileName, Files.readAllBytes(resume)).resume());
			scoreboard.add(stem, fileName, null, ResumeScorer.score(parse, gold));
		}
		catch (ResumeParseException | IOException ex) {
			this.err.println("error: " + fileName + ": " + ex.getMessage() + " (scored as an empty parse)");
			scoreboard.add(stem, fileName, "parse failed", ResumeScorer.score(NOTHING, gold));
		}
		catch (RuntimeException ex) {
			// the parser is work in progress: one crash should not hide the figures of the rest
			this.err.println("error: " + fileName + ": the parser crashed: " + ex + " (scored as an empty parse)");
			scoreboard.add(stem, fileName, "parser crashed", ResumeScorer.score(NOTHING, gold));
		}
	}

	private JsonNode readGold(Path goldFile) {
		try {
			JsonNode gold = this.json.readTree(Files.readAllBytes(goldFile));
			if (gold != null && !gold.isMissingNode()) {
				return gold;
			}
			this.err.println("error: gold " + goldFile + ": the file holds no JSON");
		}
		catch (IOException | JacksonException ex) {
			this.err.println("error: gold " + goldFile + ": " + ex.getMessage());
		}
		return null;
	}

	/** {@code <stem>.<ext>}: the stem, a dot, and an extension without further dots. */
	private static boolean isFormatOf(String fileName, String stem) {
		if (!fileName.startsWith(stem + ".")) {
			return false;
		}
		String extension = fileName.substring(stem.length() + 1);
		return !extension.isEmpty() && extension.indexOf('.') < 0;
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isRegularFile)
				.sorted(Comparator.comparing(EvalCommand::name, ContractShape::compareCodePoints))
				.toList();
		}
	}

	private static String name(Path file) {
		return file.getFileName().toString();
	}

	private static int usage(PrintStream err, String problem) {
		err.println(USAGE);
		err.println("eval: error: " + problem);
		return 2;
	}

}

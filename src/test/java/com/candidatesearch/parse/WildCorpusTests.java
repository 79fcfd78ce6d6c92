package com.candidatesearch.parse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.candidatesearch.eval.Counts;
import com.candidatesearch.eval.ResumeScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wild corpus (src/test/resources/wild): resumes nobody on the team wrote, from published
 * templates and JSON Resume themes, split by source into a development part and a held-out part.
 * Checks the corpus is what the README says it is, and that the parser's F1 on each part and
 * each format does not fall below what it has reached. The floors only ever go up for a given
 * corpus (they were set anew, from the figures measured, when four themes joined it, and again when
 * three more did); the targets
 * (0.95 development, 0.90 held out, 0.85 every held-out format) are in the README with the
 * figures reached.
 */
class WildCorpusTests {

	/** F1 reached on the development part, less a margin for rounding; raised as the parser improves. */
	private static final double DEV_FLOOR = 0.92;

	/** F1 reached on the held-out part, less a margin; scored, never tuned on. */
	private static final double HELD_OUT_FLOOR = 0.69;

	/** F1 reached on each format over the whole corpus, less a margin (one RTF file, held out). */
	private static final Map<String, Double> FORMAT_FLOORS = Map.of("docx", 0.86, "html", 0.865, "md", 0.74, "odt",
			0.855, "pdf", 0.81, "rtf", 0.92, "txt", 0.83);

	/** A control character escaped in JSON ("\\u0000" from a glyph a font maps to no text), not a line break. */
	private static final Pattern CONTROL = Pattern.compile("(?<!\\\\)\\\\(?:u00[01][0-9a-fA-F]|[bfr])");

	private static final JsonMapper json = JsonMapper.builder().build();

	private static Path wild;

	/** stem → {source, kind, origin, licence} */
	private static final Map<String, String[]> sources = new LinkedHashMap<>();

	/** source → dev or heldout */
	private static final Map<String, String> parts = new LinkedHashMap<>();

	@BeforeAll
	static void readCorpus() throws IOException, URISyntaxException {
		wild = Path.of(WildCorpusTests.class.getResource("/wild").toURI());
		for (String[] fields : table(wild.resolve("gold/SOURCES"))) {
			assertThat(fields).as("SOURCES line for %s", fields[0]).hasSize(5);
			sources.put(fields[0], new String[] { fields[1], fields[2], fields[3], fields[4] });
		}
		for (String[] fields : table(wild.resolve("gold/SPLIT"))) {
			parts.put(fields[0], fields[1]);
		}
	}

	@Test
	void holdsEnoughResumesFromEnoughSourcesEachWithItsOriginAndLicence() throws IOException {
		List<Path> resumes = files("resumes");
		assertThat(resumes).as("resume files").hasSizeGreaterThanOrEqualTo(80);
		Set<String> distinctSources = new HashSet<>();
		sources.forEach((stem, fields) -> {
			distinctSources.add(fields[0]);
			assertThat(fields[1]).as("kind of %s", stem).isIn("template", "jsonresume");
			assertThat(fields[2]).as("origin of %s", stem).matches("(github:[^@]+@[0-9a-f]{40}:|npm:|deb:).+");
			assertThat(fields[3]).as("licence of %s", stem).isNotBlank();
		});
		assertThat(distinctSources).as("sources").hasSizeGreaterThanOrEqualTo(20);
		assertThat(resumes.stream().filter((file) -> kind(file).equals("template")).count()).as("template resume files")
			.isGreaterThanOrEqualTo(30);
		assertThat(resumes.stream().filter((file) -> kind(file).equals("jsonresume")).count()).as("rendered resume files")
			.isGreaterThanOrEqualTo(30);
		// A document in several formats is one resume: count documents (stems), not files.
		Set<String> documents = new HashSet<>();
		resumes.forEach((file) -> documents.add(stem(file)));
		assertThat(documents).as("resume documents").hasSizeGreaterThanOrEqualTo(80);
		assertThat(documents.stream().filter((stem) -> sources.get(stem)[1].equals("template")).count())
			.as("template documents")
			.isGreaterThanOrEqualTo(30);
		assertThat(documents.stream().filter((stem) -> sources.get(stem)[1].equals("jsonresume")).count())
			.as("JSON Resume documents")
			.isGreaterThanOrEqualTo(30);
	}

	@Test
	void everyResumeHasAGoldAndASourceAndEverySourceAPart() throws IOException {
		for (Path resume : files("resumes")) {
			String stem = stem(resume);
			assertThat(wild.resolve("gold/" + stem + ".json")).as("gold of %s", resume.getFileName()).exists();
			assertThat(sources).as("SOURCES").containsKey(stem);
		}
		Set<String> named = new HashSet<>();
		sources.values().forEach((fields) -> named.add(fields[0]));
		assertThat(parts.keySet()).as("sources in SPLIT").containsExactlyInAnyOrderElementsOf(named);
		assertThat(parts.values()).as("parts").allMatch((part) -> part.equals("dev") || part.equals("heldout"));
		long heldOut = parts.values().stream().filter("heldout"::equals).count();
		assertThat(3 * heldOut).as("three times the held-out sources").isGreaterThanOrEqualTo(parts.size());
	}

	@Test
	void scoresEachPartAndEachFormatAtLeastAsWellAsBefore() throws Exception {
		ResumeParser parser = new ResumeParser();
		Map<String, Counts> byPart = new TreeMap<>();
		Map<String, Counts> byFormat = new TreeMap<>();
		List<String> withControls = new ArrayList<>();
		for (Path resume : files("resumes")) {
			JsonNode gold = json.readTree(wild.resolve("gold/" + stem(resume) + ".json").toFile());
			JsonNode parsed;
			try {
				parsed = json.valueToTree(parser.parse(resume.getFileName().toString(), Files.readAllBytes(resume)).resume());
			}
			catch (ResumeParseException ex) {
				parsed = json.createObjectNode();
			}
			if (CONTROL.matcher(json.writeValueAsString(parsed)).find()) {
				withControls.add(resume.getFileName().toString());
			}
			Counts counts = ResumeScorer.score(parsed, gold).overall();
			byPart.merge(parts.get(sources.get(stem(resume))[0]), counts, Counts::plus);
			byFormat.merge(format(resume), counts, Counts::plus);
		}
		byPart.forEach((part, counts) -> System.out.printf(Locale.ROOT, "wild %-8s F1 %.3f%n", part, counts.f1()));
		byFormat.forEach((format, counts) -> System.out.printf(Locale.ROOT, "wild .%-7s F1 %.3f%n", format, counts.f1()));
		assertThat(withControls).as("parses with a control character in a value").isEmpty();
		assertThat(byPart.get("dev").f1()).as("F1 on the development part").isGreaterThanOrEqualTo(DEV_FLOOR);
		assertThat(byPart.get("heldout").f1()).as("F1 on the held-out part").isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
		FORMAT_FLOORS.forEach((format, floor) -> assertThat(byFormat.get(format).f1()).as("F1 of .%s", format)
			.isGreaterThanOrEqualTo(floor));
	}

	private static String kind(Path resume) {
		return sources.get(stem(resume))[1];
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

	private static String format(Path file) {
		String name = file.getFileName().toString();
		return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}

	private static List<Path> files(String folder) throws IOException {
		try (Stream<Path> files = Files.list(wild.resolve(folder))) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static List<String[]> table(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\t", -1))
			.toList();
	}

}

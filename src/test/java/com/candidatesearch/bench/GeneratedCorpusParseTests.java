package com.candidatesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.candidatesearch.bench.CorpusGenerator.GeneratedResume;
import com.candidatesearch.eval.Counts;
import com.candidatesearch.eval.ResumeScorer;
import com.candidatesearch.eval.Score;
import com.candidatesearch.parse.ResumeParseException;
import com.candidatesearch.parse.ResumeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses a small generated corpus, every format and layout the generator writes, and holds
 * the parser to the field-level F1 it reaches on it, overall and per format, so a change that
 * helps the seed resumes but hurts resumes the parser has not seen fails the build.
 */
class GeneratedCorpusParseTests {

	/** Not the benchmark's seed: these resumes are strangers to whoever tunes on the benchmark. */
	private static final long SEED = 20261121L;

	/** Ten resumes of each of the eight formats. */
	private static final int COUNT = 80;

	private static final double OVERALL_FLOOR = 0.985;

	private static final double FORMAT_FLOOR = 0.96;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ResumeParser parser = new ResumeParser();

	@TempDir
	Path dir;

	@Test
	void parsesGeneratedResumesOfEveryFormatAboveTheFloor() throws IOException, ResumeParseException {
		List<GeneratedResume> corpus = new CorpusGenerator(this.dir, SEED).generate(COUNT);
		Map<ResumeFormat, Counts> byFormat = new EnumMap<>(ResumeFormat.class);
		Map<String, Counts> bySection = new TreeMap<>();
		Counts overall = Counts.NONE;
		for (GeneratedResume resume : corpus) {
			String file = resume.file().getFileName().toString();
			String stem = file.substring(0, file.lastIndexOf('.'));
			JsonNode gold = this.json.readTree(Files.readAllBytes(this.dir.resolve("gold").resolve(stem + ".json")));
			JsonNode parse = this.json.valueToTree(this.parser.parse(file, Files.readAllBytes(resume.file())).resume());
			Score score = ResumeScorer.score(parse, gold);
			byFormat.merge(resume.format(), score.overall(), Counts::plus);
			score.sections().forEach((section, counts) -> bySection.merge(section, counts, Counts::plus));
			overall = overall.plus(score.overall());
		}
		String figures = figures(overall, byFormat, bySection);
		assertThat(byFormat).as(figures).hasSize(ResumeFormat.values().length);
		assertThat(overall.f1()).as(figures).isGreaterThanOrEqualTo(OVERALL_FLOOR);
		byFormat.forEach((format, counts) -> assertThat(counts.f1()).as(format + "\n" + figures)
			.isGreaterThanOrEqualTo(FORMAT_FLOOR));
	}

	private static String figures(Counts overall, Map<ResumeFormat, Counts> byFormat, Map<String, Counts> bySection) {
		StringBuilder out = new StringBuilder(String.format("overall F1 %.3f%n", overall.f1()));
		byFormat.forEach((format, counts) -> out.append(String.format("  %-13s %.3f%n", format, counts.f1())));
		bySection.forEach((section, counts) -> out.append(String.format("  %-13s %.3f%n", section, counts.f1())));
		return out.toString();
	}

}

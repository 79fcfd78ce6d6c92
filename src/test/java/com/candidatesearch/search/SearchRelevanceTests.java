package com.candidatesearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.TestDataDirs;
import com.candidatesearch.bench.LabelledQuery;
import com.candidatesearch.bench.RankingMetrics;
import com.candidatesearch.candidate.Today;
import com.candidatesearch.upload.ResumeImporter;
import com.candidatesearch.upload.UploadOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality measured against the labelled queries over the relevance corpus: every
 * profile goes in through the upload path, every query is run as a recruiter types it, and
 * the mean nDCG@10 and mean reciprocal rank must reach the project's floors.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceTests {

	/** Results a recruiter reads before refining the query: the first page. */
	static final int CUTOFF = 10;

	/** The search issue's floor: nine in ten of the ideal gain on the first page, give or take. */
	static final double MIN_MEAN_NDCG = 0.85;

	/** A wanted candidate first for most queries, second at worst for the rest. */
	static final double MIN_MEAN_MRR = 0.90;

	static final Path dataDir = TestDataDirs.create("relevance");

	@Autowired
	private CandidateSearch search;

	@Autowired
	private ResumeImporter importer;

	private final Map<Long, String> profileById = new HashMap<>();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@AfterAll
	void forgetTheFixedMonth() {
		System.clearProperty(Today.PROPERTY);
	}

	@BeforeAll
	void importCorpus() throws IOException {
		System.setProperty(Today.PROPERTY, LabelledQuery.LABELLED_AS_OF);
		Resource[] profiles = new PathMatchingResourcePatternResolver()
			.getResources(LabelledQuery.PROFILES);
		assertThat(profiles).hasSizeGreaterThanOrEqualTo(60);
		for (Resource profile : profiles) {
			String fileName = profile.getFilename();
			UploadOutcome outcome = this.importer.importFile(fileName, profile.getContentAsByteArray());
			assertThat(outcome.isCreated()).as("%s: %s", fileName, outcome.error()).isTrue();
			this.profileById.put(outcome.id(), fileName.substring(0, fileName.length() - ".json".length()));
		}
	}

	@Test
	void labelsNameOnlyProfilesOfTheCorpus() {
		assertThat(LabelledQuery.load()).hasSizeGreaterThanOrEqualTo(40)
			.allSatisfy(query -> assertThat(this.profileById.values()).as(query.query())
				.containsAll(query.relevant().keySet()));
	}

	@Test
	void rankingReachesTheProjectsFloors() {
		List<Judged> judged = LabelledQuery.load().stream().map(this::judge).toList();
		double meanNdcg = judged.stream().mapToDouble(Judged::ndcg).average().orElseThrow();
		double meanMrr = judged.stream().mapToDouble(Judged::reciprocalRank).average().orElseThrow();
		System.out.println(report(judged, meanNdcg, meanMrr));

		assertThat(meanNdcg).as("mean nDCG@%d; weakest queries: %s", CUTOFF, weakest(judged))
			.isGreaterThanOrEqualTo(MIN_MEAN_NDCG);
		assertThat(meanMrr).as("mean reciprocal rank; weakest queries: %s", weakest(judged))
			.isGreaterThanOrEqualTo(MIN_MEAN_MRR);
	}

	private Judged judge(LabelledQuery query) {
		List<String> ranked = this.search.search(query.query(), 0, CUTOFF)
			.hits()
			.stream()
			.map(hit -> this.profileById.get(hit.id()))
			.toList();
		return new Judged(query, ranked, RankingMetrics.ndcg(ranked, query.relevant(), CUTOFF),
				RankingMetrics.reciprocalRank(ranked, query.relevant()));
	}

	private static String weakest(List<Judged> judged) {
		List<String> weak = new ArrayList<>();
		judged.stream()
			.filter(j -> j.ndcg() < MIN_MEAN_NDCG || j.reciprocalRank() < 1)
			.sorted((a, b) -> Double.compare(a.ndcg(), b.ndcg()))
			.forEach(j -> weak.add(String.format("%s (nDCG %.2f, RR %.2f)", j.query().query(), j.ndcg(),
					j.reciprocalRank())));
		return String.join("; ", weak);
	}

	private static String report(List<Judged> judged, double meanNdcg, double meanMrr) {
		StringBuilder table = new StringBuilder(String.format("%n%-40s %7s %5s  %s%n", "query", "nDCG@" + CUTOFF,
				"RR", "top 5 (grade)"));
		for (Judged j : judged) {
			List<String> top = j.ranked()
				.stream()
				.limit(5)
				.map(stem -> stem + "(" + j.query().relevant().getOrDefault(stem, 0) + ")")
				.toList();
			table.append(String.format("%-40s %7.3f %5.2f  %s%n", j.query().query(), j.ndcg(), j.reciprocalRank(),
					String.join(" ", top)));
			List<String> missed = j.query()
				.relevant()
				.entrySet()
				.stream()
				.filter(label -> !j.ranked().contains(label.getKey()))
				.map(label -> label.getKey() + "(" + label.getValue() + ")")
				.sorted()
				.toList();
			if (!missed.isEmpty()) {
				table.append(String.format("%-40s %13s  missed: %s%n", "", "", String.join(" ", missed)));
			}
		}
		return table.append(String.format("%-40s %7.3f %5.2f  over %d queries%n", "mean", meanNdcg, meanMrr,
				judged.size()))
			.toString();
	}

	private record Judged(LabelledQuery query, List<String> ranked, double ndcg, double reciprocalRank) {
	}

}

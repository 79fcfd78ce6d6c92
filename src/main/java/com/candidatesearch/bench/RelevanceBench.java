package com.candidatesearch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.candidate.Today;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * nDCG@10 and mean reciprocal rank of the labelled queries over the 65 labelled profiles,
 * uploaded and searched over HTTP in an application of their own: mixed into a generated
 * corpus they would be judged against strangers nobody labelled.
 */
final class RelevanceBench {

	static final int CUTOFF = 10;

	private RelevanceBench() {
	}

	static void run(Path dataDir, Figures figures, PrintStream progress) throws IOException {
		Resource[] profiles = new PathMatchingResourcePatternResolver().getResources(LabelledQuery.PROFILES);
		if (profiles.length == 0) {
			progress.println("no labelled profiles on the classpath: relevance not measured");
			return;
		}
		Path folder = Files.createDirectories(dataDir.resolve("profiles"));
		List<Path> files = new ArrayList<>();
		for (Resource profile : profiles) {
			files.add(Files.write(folder.resolve(profile.getFilename()), profile.getContentAsByteArray()));
		}
		// The labels judge experience as of the month they were written; count it as of that month.
		String today = System.getProperty(Today.PROPERTY);
		System.setProperty(Today.PROPERTY, LabelledQuery.LABELLED_AS_OF);
		try (BenchServer server = BenchServer.start(dataDir)) {
			Map<Long, String> stems = new HashMap<>();
			// the server takes at most 50 parts per request by default (Tomcat's max-part-count)
			for (int from = 0; from < files.size(); from += ScaleBench.BATCH) {
				for (BenchServer.Upload upload : server.upload(files.subList(from,
						Math.min(files.size(), from + ScaleBench.BATCH)))) {
					stems.put(upload.id(), upload.file().substring(0, upload.file().length() - ".json".length()));
				}
			}
			List<LabelledQuery> queries = LabelledQuery.load();
			double ndcg = 0;
			double mrr = 0;
			for (LabelledQuery query : queries) {
				List<String> ranked = server.search(query.query(), Map.of("size", String.valueOf(CUTOFF)))
					.stream()
					.map(id -> stems.getOrDefault(id, "?"))
					.toList();
				ndcg += RankingMetrics.ndcg(ranked, query.relevant(), CUTOFF);
				mrr += RankingMetrics.reciprocalRank(ranked, query.relevant());
			}
			progress.printf("judged %d labelled queries over %d profiles%n", queries.size(), stems.size());
			figures.add("relevance.ndcg10", ndcg / queries.size(), "ratio");
			figures.add("relevance.mrr", mrr / queries.size(), "ratio");
		}
		finally {
			if (today == null) {
				System.clearProperty(Today.PROPERTY);
			}
			else {
				System.setProperty(Today.PROPERTY, today);
			}
		}
	}

}

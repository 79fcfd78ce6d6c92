package com.candidatesearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyPlotTests {

	@TempDir
	Path dir;

	@Test
	void plotsEachSeriesAcrossTheSizesTheHistoryHolds() throws IOException {
		Path history = this.dir.resolve("history.csv");
		Figures.appendHistory(history, 1000, figures(10, 28, 0.2, 1.9));
		Figures.appendHistory(history, 100_000, figures(14, 37, 0.7, 11.9));
		// A later run of a size replaces the earlier one.
		Figures.appendHistory(history, 1000, figures(11, 27.8, 0.22, 1.9));
		Path svg = this.dir.resolve("search-latency.svg");

		assertThat(LatencyPlot.write(history, svg)).isTrue();

		String drawn = Files.readString(svg);
		assertThat(drawn).startsWith("<svg").contains("search.p50", "search.p99", "floor.search.p50", "floor.search.p99",
				"1,000", "100,000", "candidates (log scale)");
		Matcher lines = Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(drawn);
		int series = 0;
		while (lines.find()) {
			assertThat(lines.group(1).split(" ")).as("one point per size").hasSize(2);
			series++;
		}
		assertThat(series).isEqualTo(4);
	}

	@Test
	void oneSizeIsNoPlot() throws IOException {
		Path history = this.dir.resolve("history.csv");
		Figures.appendHistory(history, 10_000, figures(8, 25, 0.2, 1.8));

		assertThat(LatencyPlot.write(history, this.dir.resolve("search-latency.svg"))).isFalse();
		assertThat(this.dir.resolve("search-latency.svg")).doesNotExist();
	}

	private static List<Figures.Figure> figures(double p50, double p99, double floorP50, double floorP99) {
		return List.of(new Figures.Figure("search.p50", p50, "ms"), new Figures.Figure("search.p99", p99, "ms"),
				new Figures.Figure("floor.search.p50", floorP50, "ms"), new Figures.Figure("floor.search.p99", floorP99, "ms"),
				new Figures.Figure("heap.used", 120, "MiB"));
	}

}

package com.candidatesearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code search-latency.svg}: search p50 and p99, over HTTP and on the bare index, against the
 * corpus size on a logarithmic axis, from every size {@code history.csv} has seen (the latest
 * measurement of each size wins).
 */
final class LatencyPlot {

	private static final List<String> SERIES = List.of("search.p50", "search.p99", "floor.search.p50",
			"floor.search.p99");

	private static final List<String> COLOURS = List.of("#1f77b4", "#d62728", "#2ca02c", "#9467bd");

	private static final int WIDTH = 640;

	private static final int HEIGHT = 400;

	private static final int LEFT = 70;

	private static final int BOTTOM = 50;

	private static final int TOP = 30;

	private static final int RIGHT = 170;

	private LatencyPlot() {
	}

	/** Draws the plot when the history holds at least two corpus sizes; answers whether it did. */
	static boolean write(Path history, Path svg) throws IOException {
		Map<String, TreeMap<Integer, Double>> series = new TreeMap<>();
		List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
		for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			String[] cells = line.split(",");
			if (SERIES.contains(cells[1])) {
				series.computeIfAbsent(cells[1], name -> new TreeMap<>()).put(Integer.parseInt(cells[0]),
						Double.parseDouble(cells[2]));
			}
		}
		TreeMap<Integer, Double> reference = series.getOrDefault("search.p99", new TreeMap<>());
		if (reference.size() < 2) {
			return false;
		}
		double minX = Math.log10(reference.firstKey());
		double maxX = Math.max(minX + 1e-9, Math.log10(reference.lastKey()));
		double maxY = series.values().stream().flatMap(s -> s.values().stream()).mapToDouble(v -> v).max().orElse(1);
		maxY = Math.max(1, Math.ceil(maxY * 1.1));
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
				+ " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">Search latency against corpus"
				+ " size</text>%n", LEFT));
		out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
				LEFT, HEIGHT - BOTTOM, LEFT + plotWidth, HEIGHT - BOTTOM));
		out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
				LEFT, TOP, LEFT, HEIGHT - BOTTOM));
		for (int i = 0; i <= 4; i++) {
			double value = maxY * i / 4;
			double y = HEIGHT - BOTTOM - plotHeight * i / 4.0;
			out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f ms</text>%n",
					LEFT - 6, y + 4, value));
			out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
					LEFT, y, LEFT + plotWidth, y));
		}
		for (int size : reference.keySet()) {
			double x = LEFT + plotWidth * (Math.log10(size) - minX) / (maxX - minX);
			out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>%n", x,
					HEIGHT - BOTTOM + 18, size));
		}
		out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">candidates (log scale)"
				+ "</text>%n", LEFT + plotWidth / 2, HEIGHT - 10));
		for (int s = 0; s < SERIES.size(); s++) {
			TreeMap<Integer, Double> points = series.getOrDefault(SERIES.get(s), new TreeMap<>());
			StringBuilder path = new StringBuilder();
			for (Map.Entry<Integer, Double> point : points.entrySet()) {
				double x = LEFT + plotWidth * (Math.log10(point.getKey()) - minX) / (maxX - minX);
				double y = HEIGHT - BOTTOM - plotHeight * point.getValue() / maxY;
				path.append(path.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
			}
			String dash = SERIES.get(s).startsWith("floor") ? " stroke-dasharray=\"5,4\"" : "";
			out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
					+ "%s/>%n", path, COLOURS.get(s), dash));
			int legendY = TOP + 20 + s * 20;
			out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
					+ " stroke-width=\"2\"%s/>%n", WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY,
					COLOURS.get(s), dash));
			out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 46,
					legendY + 4, SERIES.get(s)));
		}
		out.append("</svg>\n");
		Files.writeString(svg, out, StandardCharsets.UTF_8);
		return true;
	}

}

package com.candidatesearch.parse.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.candidatesearch.parse.layout.Line;

/** Reads a small page the way an uploaded HTML resume is read, for the tests of this package. */
final class HtmlReading {

	private HtmlReading() {
	}

	static List<Line> lines(String html) throws Exception {
		return new DocumentReader(new ScannedPdfReader(null), false)
			.read("resume.html", html.getBytes(StandardCharsets.UTF_8), "text/html")
			.lines();
	}

	static List<String> texts(String html) throws Exception {
		return lines(html).stream().map(Line::text).toList();
	}

}

package com.candidatesearch.upload;

import java.util.Locale;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What imports cost and how they end, for {@code /actuator/prometheus}: the parse time per
 * format ({@code candidate_search_parse_seconds}, tagged {@code format} and {@code outcome}) and
 * the files taken in ({@code candidate_search_ingest_total}, tagged {@code outcome}, the upload's
 * status: created, duplicate, version or failed).
 */
@Component
public class ImportMetrics {

	static final String PARSE = "candidate_search.parse";

	static final String INGEST = "candidate_search.ingest";

	/** The parse ended with a profile. */
	static final String PARSED = "parsed";

	/** The file was refused with a reason (corrupt, encrypted, unsupported, empty, too large). */
	static final String REFUSED = "refused";

	/** The parser failed unexpectedly. */
	static final String ERROR = "error";

	/** File names are the uploader's; only these extensions become a tag, so tags stay few. */
	private static final Set<String> FORMATS = Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "md",
			"markdown", "txt", "json");

	private final MeterRegistry registry;

	public ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	Timer.Sample startParse() {
		return Timer.start(this.registry);
	}

	void parsed(Timer.Sample sample, String fileName, String outcome) {
		sample.stop(Timer.builder(PARSE)
			.description("Time to parse one uploaded resume")
			.tag("format", format(fileName))
			.tag("outcome", outcome)
			.register(this.registry));
	}

	UploadOutcome counted(UploadOutcome outcome) {
		this.registry.counter(INGEST, "outcome", outcome.status()).increment();
		return outcome;
	}

	static String format(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return FORMATS.contains(extension) ? extension : "other";
	}

}

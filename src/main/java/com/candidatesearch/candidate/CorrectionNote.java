package com.candidatesearch.candidate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A correction as the profile lists it: which field, what the parse said, what it says now.
 *
 * @param path the field's contract path, e.g. {@code work[1].name}
 * @param removed whether the entry was removed rather than a field changed
 * @param before the value before the correction, or {@code null}
 * @param after the corrected value, or {@code null} when cleared or removed
 * @param when when it was made, in UTC
 */
record CorrectionNote(String path, boolean removed, String before, String after, String when) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	static CorrectionNote of(Correction correction) {
		return new CorrectionNote(correction.getPath(), correction.getAction() == Correction.Action.REMOVE,
				oneLine(correction.getParsedValue()), oneLine(correction.getCorrectedValue()),
				WHEN.format(correction.getCreatedAt()));
	}

	private static String oneLine(String value) {
		if (value == null) {
			return null;
		}
		String line = value.replaceAll("\\s*\\R\\s*", "; ");
		return line.length() > 120 ? line.substring(0, 120) + "…" : line;
	}

}

package com.candidatesearch.version;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.candidatesearch.candidate.HeldUpload;
import com.candidatesearch.candidate.VersionHistory;

/**
 * The versions page: every version of a candidate's resume, newest first, each with what changed
 * since the one before.
 *
 * @param id the candidate
 * @param name the candidate's display name
 * @param versions newest first
 * @param held uploads that look like a new version and wait for a decision, oldest first
 */
record VersionsView(long id, String name, List<Row> versions, List<Held> held) {

	private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	static VersionsView of(VersionHistory history, List<HeldUpload> held) {
		List<Row> rows = new ArrayList<>();
		List<VersionHistory.Version> versions = history.versions();
		for (int i = versions.size() - 1; i >= 0; i--) {
			VersionHistory.Version version = versions.get(i);
			List<String> changes = i == 0 ? List.of()
					: ResumeDiff.between(versions.get(i - 1).resume(), version.resume())
						.stream()
						.flatMap(section -> section.lines().stream())
						.toList();
			rows.add(new Row(i + 1, version.versionId(), version.fileName(),
					version.uploadedAt() == null ? null : UPLOADED.format(version.uploadedAt()), version.current(),
					i > 0, changes));
		}
		return new VersionsView(history.candidateId(), history.name(), rows, held.stream()
			.map(upload -> new Held(upload.pendingId(), upload.fileName(),
					upload.uploadedAt() == null ? null : UPLOADED.format(upload.uploadedAt()), upload.reasons()))
			.toList());
	}

	/**
	 * One version.
	 *
	 * @param number 1 for the first upload
	 * @param versionId the kept version's id, {@code null} for the current one
	 * @param fileName the file it came from
	 * @param uploaded when, in UTC
	 * @param current whether it is the profile as it stands
	 * @param hasPrevious whether there is a version before it to compare with
	 * @param changes what changed since the version before, one line per change: "Skills: added Rust"
	 */
	record Row(int number, Long versionId, String fileName, String uploaded, boolean current, boolean hasPrevious,
			List<String> changes) {
	}

	/**
	 * An upload held as a likely new version.
	 *
	 * @param pendingId the held upload
	 * @param fileName the name it was uploaded under
	 * @param uploaded when, in UTC
	 * @param reasons why it looks like this candidate's
	 */
	record Held(long pendingId, String fileName, String uploaded, List<String> reasons) {
	}

}

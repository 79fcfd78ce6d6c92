package com.candidatesearch.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume;

/**
 * Carries recruiters' corrections over to a new version of the resume. "Parse again" reads the
 * same file, so a correction's path ({@code work[1].name}) still names the same entry; a new
 * version may add, drop or reorder entries, so here a correction applies where the new parse still
 * holds the value the recruiter corrected: at the same path, or in the same field of another
 * entry of the section. Where the new resume says something else, it is the candidate's newer
 * word and the correction is retired.
 */
final class CorrectionCarry {

	private static final Pattern ENTRY = Pattern.compile("([A-Za-z]+)\\[(\\d{1,4})](?:\\.(.+))?");

	private CorrectionCarry() {
	}

	/**
	 * The new parse with the corrections that still apply.
	 *
	 * @param resume the resume with those corrections applied
	 * @param kept the corrections applied, moved to their paths in the new parse
	 * @param retired the corrections that no longer apply
	 */
	record Carried(ParsedResume resume, List<Correction> kept, List<Correction> retired) {
	}

	/**
	 * @param fresh the new version's parse
	 * @param previous the profile as it stood before, corrections applied
	 * @param corrections the corrections in force, oldest first
	 */
	static Carried carry(ParsedResume fresh, ParsedResume previous, List<Correction> corrections) {
		ParsedResume current = fresh;
		List<Correction> kept = new ArrayList<>();
		List<Correction> retired = new ArrayList<>();
		for (Correction correction : corrections) {
			Optional<String> path = placeIn(current, previous, correction);
			if (path.isEmpty()) {
				retired.add(correction);
				continue;
			}
			correction.movedTo(path.get());
			current = Corrections.apply(current, List.of(correction));
			kept.add(correction);
		}
		return new Carried(current, kept, retired);
	}

	/** Where the correction applies in the resume as corrected so far, if anywhere. */
	private static Optional<String> placeIn(ParsedResume current, ParsedResume previous, Correction correction) {
		String path = correction.getPath();
		Matcher entry = ENTRY.matcher(path);
		if (!entry.matches()) {
			// basics: no entries to move among
			return Objects.equals(Corrections.read(current, path), correction.getParsedValue()) ? Optional.of(path)
					: Optional.empty();
		}
		String section = entry.group(1);
		int index = Integer.parseInt(entry.group(2));
		String field = entry.group(3);
		Optional<CorrectableSection> kind = CorrectableSection.named(section);
		if (kind.isEmpty()) {
			return Optional.empty();
		}
		if (correction.getParsedValue() == null) {
			// A field the parser left empty names no entry: trust the place only while the section has as
			// many entries as before and the field is still empty.
			boolean samePlace = field != null && count(current, section) == count(previous, section)
					&& Corrections.exists(current, section + "[" + index + "]") && Corrections.read(current, path) == null;
			return samePlace ? Optional.of(path) : Optional.empty();
		}
		int size = count(current, section);
		for (int i : order(index, size)) {
			String candidate = section + "[" + i + "]";
			String value = field == null ? CandidateCorrections.describe(current, kind.get(), candidate)
					: Corrections.read(current, candidate + "." + field);
			if (correction.getParsedValue().equals(value)) {
				return Optional.of(field == null ? candidate : candidate + "." + field);
			}
		}
		return Optional.empty();
	}

	/** The same index first, then the others in order. */
	private static List<Integer> order(int first, int size) {
		List<Integer> order = new ArrayList<>();
		if (first < size) {
			order.add(first);
		}
		for (int i = 0; i < size; i++) {
			if (i != first) {
				order.add(i);
			}
		}
		return order;
	}

	private static int count(ParsedResume resume, String section) {
		int count = 0;
		while (count < Bounded.MAX_ITEMS && Corrections.exists(resume, section + "[" + count + "]")) {
			count++;
		}
		return count;
	}

}

package com.candidatesearch.candidate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.web.Link;

/**
 * The form that corrects one entry of a profile (a job, a degree, a publication, …) or its
 * basics, with each field's value and, after a failed save, what is wrong with it.
 *
 * @param candidateId the candidate's id
 * @param candidateName whose profile it is
 * @param section the contract's section name, for the form's address
 * @param sectionLabel what the page calls the section
 * @param index the entry's index in its section
 * @param removable whether the entry can be removed (list sections only)
 * @param inputs the fields, in the form's order
 */
record EntryForm(long candidateId, String candidateName, String section, String sectionLabel, int index,
		boolean removable, List<Input> inputs) {

	private static final Pattern DATE = Pattern
		.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");

	/** The form filled with what is stored. */
	static EntryForm of(CandidateProfile profile, CorrectableSection section, int index) {
		ParsedResume resume = profile.resume();
		Map<String, String> values = new LinkedHashMap<>();
		section.fields()
			.forEach(field -> values.put(field.name(),
					Corrections.read(resume, section.entryPath(index) + "." + field.name())));
		return of(profile, section, index, values, Map.of());
	}

	static EntryForm of(CandidateProfile profile, CorrectableSection section, int index, Map<String, String> values,
			Map<String, String> errors) {
		List<Input> inputs = section.fields()
			.stream()
			.map(field -> new Input(field.name(), "field-" + field.name().replace('.', '-'), field.label(),
					hint(field.kind()), field.multiline(), field.kind() == CorrectableSection.Kind.DATE,
					values.get(field.name()), errors.get(field.name())))
			.toList();
		return new EntryForm(profile.id(), profile.displayName(), section.contractName(), section.label(), index,
				section.isList(), inputs);
	}

	public boolean hasErrors() {
		return this.inputs.stream().anyMatch(input -> input.error() != null);
	}

	/** What is wrong with the submitted values, by field name; empty when they can be saved. */
	static Map<String, String> check(CorrectableSection section, Map<String, String> values) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (CorrectableSection.Field field : section.fields()) {
			String value = CandidateCorrections.normalized(values.get(field.name()), field);
			String error = (value == null) ? null : problem(field, value);
			if (error != null) {
				errors.put(field.name(), error);
			}
		}
		String start = blankAsNull(values.get("startDate"));
		String end = blankAsNull(values.get("endDate"));
		if (!errors.containsKey("startDate") && !errors.containsKey("endDate") && start != null && end != null
				&& DateSpans.parse(end, true).isBefore(DateSpans.parse(start, false))) {
			errors.put("endDate", "The end date " + end + " is before the start date " + start + ".");
		}
		if (section == CorrectableSection.BASICS && values.get("name") != null && values.get("name").isBlank()) {
			errors.put("name", "A candidate needs a name; write it as the resume prints it.");
		}
		return errors;
	}

	private static String problem(CorrectableSection.Field field, String value) {
		String label = field.label();
		return switch (field.kind()) {
			case DATE -> DATE.matcher(value).matches() ? null
					: label + " must be written as 2021, 2021-03 or 2021-03-15; \"" + shortened(value)
							+ "\" is not a date.";
			case EMAIL -> EMAIL.matcher(value).matches() && value.length() <= Bounded.SHORT ? null
					: label + " must be one address such as ada@example.org.";
			case URL -> Link.web(value, value).linked() && value.length() <= Bounded.SHORT ? null
					: label + " must be a web address such as https://example.org.";
			case TEXT -> value.length() <= Bounded.SHORT ? null
					: label + " is at most " + Bounded.SHORT + " characters; this is " + value.length() + ".";
			case LONG_TEXT -> value.length() <= Bounded.LONG ? null
					: label + " is at most " + Bounded.LONG + " characters; this is " + value.length() + ".";
			case LINES -> value.lines().allMatch(line -> line.length() <= Bounded.LINE) ? null
					: label + ": each line is at most " + Bounded.LINE + " characters.";
		};
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String shortened(String value) {
		return value.length() > 30 ? value.substring(0, 30) + "…" : value;
	}

	private static String hint(CorrectableSection.Kind kind) {
		return switch (kind) {
			case DATE -> "2021, 2021-03 or 2021-03-15; an empty end date means current";
			case LINES -> "one per line";
			default -> null;
		};
	}

	/** Title of the page, e.g. "Correct experience 2 of Ada Lovelace". */
	public String title() {
		String what = this.removable ? this.sectionLabel.toLowerCase(Locale.ROOT) + " entry " + (this.index + 1)
				: this.sectionLabel.toLowerCase(Locale.ROOT);
		return "Correct " + what + " of " + this.candidateName;
	}

	/** The values as submitted, for the form to show again after a failed save. */
	static Map<String, String> submitted(CorrectableSection section, Map<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>();
		section.fields().forEach(field -> values.put(field.name(), form.get(field.name())));
		return values;
	}

	/**
	 * One field of the form.
	 *
	 * @param name the request parameter
	 * @param id the element id, for its label
	 * @param label what the form calls it
	 * @param hint how to write it, or {@code null}
	 * @param multiline whether it is a text area
	 * @param date whether it is a date
	 * @param value the stored or submitted value
	 * @param error what is wrong with the submitted value, or {@code null}
	 */
	record Input(String name, String id, String label, String hint, boolean multiline, boolean date, String value,
			String error) {
	}


}

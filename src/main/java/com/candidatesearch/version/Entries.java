package com.candidatesearch.version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.candidatesearch.parse.FoldedText;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Award;
import com.candidatesearch.parse.ParsedResume.Certificate;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Language;
import com.candidatesearch.parse.ParsedResume.Project;
import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.ParsedResume.Teaching;
import com.candidatesearch.parse.ParsedResume.Work;

/** How each section's entries are told apart, described and compared field by field. */
final class Entries {

	/** A value longer than this is too long to quote in a change; the change only names its field. */
	static final int QUOTED = 80;

	/** Items of an entry (highlights, courses, authors) quoted in a change, at most, each shortened to {@link #QUOTED_ITEM}. */
	static final int QUOTED_ITEMS = 2;

	static final int QUOTED_ITEM = 60;

	static final Kind<Work> WORK = new Kind<>(work -> key(work.name(), work.position()),
			work -> join(" ", join(" at ", work.position(), work.name()), when(work.startDate(), work.endDate())),
			List.of(field("location", Work::location), field("start date", Work::startDate),
					field("end date", work -> end(work.startDate(), work.endDate())), field("summary", Work::summary)),
			Work::highlights);

	static final Kind<Education> EDUCATION = new Kind<>(study -> key(study.institution(), study.studyType()),
			study -> join(" ", join(", ", join(" ", study.studyType(), study.area()), study.institution()),
					when(study.startDate(), study.endDate())),
			List.of(field("field", Education::area), field("location", Education::location),
					field("start date", Education::startDate), field("end date", Education::endDate),
					field("score", Education::score)),
			Education::courses);

	static final Kind<Publication> PUBLICATIONS = new Kind<>(paper -> key(paper.name()),
			paper -> "“" + paper.name() + "”",
			List.of(field("venue", Publication::publisher), field("date", Publication::releaseDate),
					field("address", Publication::url), field("summary", Publication::summary)),
			Publication::authors);

	static final Kind<Project> PROJECTS = new Kind<>(project -> key(project.name()),
			project -> join(" ", project.name(), when(project.startDate(), project.endDate())),
			List.of(field("description", Project::description), field("start date", Project::startDate),
					field("end date", project -> end(project.startDate(), project.endDate()))),
			Project::highlights);

	static final Kind<Teaching> TEACHING = new Kind<>(course -> key(course.name(), course.institution()),
			course -> join(", ", course.name(), course.institution()),
			List.of(field("term", Teaching::term), field("start date", Teaching::startDate),
					field("end date", Teaching::endDate)),
			Teaching::highlights);

	static final Kind<Award> AWARDS = new Kind<>(award -> key(award.title()), Award::title,
			List.of(field("date", Award::date), field("awarded by", Award::awarder), field("summary", Award::summary)),
			award -> List.of());

	static final Kind<Certificate> CERTIFICATES = new Kind<>(certificate -> key(certificate.name()),
			Certificate::name, List.of(field("date", Certificate::date), field("issuer", Certificate::issuer)),
			certificate -> List.of());

	static final Kind<Language> LANGUAGES = new Kind<>(language -> key(language.language()), Language::language,
			List.of(field("fluency", Language::fluency)), language -> List.of());

	private Entries() {
	}

	/**
	 * One section's entries.
	 *
	 * @param pairing what pairs an entry with itself in another version, folded
	 * @param naming how a change names the entry: "Staff Engineer at Acme (2025–present)"
	 * @param fields the other fields, compared by label
	 * @param items the entry's list of items (highlights, courses, authors)
	 */
	record Kind<T>(Function<T, String> pairing, Function<T, String> naming, List<Field<T>> fields,
			Function<T, List<String>> items) {

		String identity(T entry) {
			return this.pairing.apply(entry);
		}

		void compare(T before, T after, List<String> changes) {
			this.fields.forEach(field -> field(field.label(), field.value().apply(before), field.value().apply(after), changes));
			List<String> old = this.items.apply(before);
			List<String> now = this.items.apply(after);
			List<String> added = now.stream().filter(item -> !old.contains(item)).toList();
			List<String> removed = old.stream().filter(item -> !now.contains(item)).toList();
			if (!added.isEmpty() || !removed.isEmpty()) {
				changes.add(Arrays.stream(new String[] { items(added, "added"), items(removed, "removed") })
					.filter(Objects::nonNull)
					.collect(Collectors.joining(", ")));
			}
		}

		/** A few items quoted, shortened ("added “Led the migration to Kafka”"); more only counted ("5 items added"). */
		private static String items(List<String> items, String what) {
			if (items.isEmpty()) {
				return null;
			}
			if (items.size() > QUOTED_ITEMS) {
				return items.size() + " items " + what;
			}
			return what + " " + items.stream().map(item -> "“" + shortened(item) + "”").collect(Collectors.joining(", "));
		}

		private static String shortened(String item) {
			String text = item.strip().replaceAll("\\s+", " ");
			if (text.length() <= QUOTED_ITEM) {
				return text;
			}
			int space = text.lastIndexOf(' ', QUOTED_ITEM);
			return text.substring(0, space > QUOTED_ITEM / 2 ? space : QUOTED_ITEM).strip() + "…";
		}

		String describe(T entry) {
			String described = this.naming.apply(entry);
			return described == null || described.isBlank() ? "an entry" : described;
		}

	}

	/** One field's change in words, or nothing when it did not change (case and accents aside). */
	static void field(String label, String before, String after, List<String> changes) {
		if (ResumeDiff.same(before, after)) {
			return;
		}
		boolean quotable = (before == null || before.length() <= QUOTED) && (after == null || after.length() <= QUOTED);
		if (before == null) {
			changes.add(label + " added" + (quotable ? ": " + after : ""));
		}
		else if (after == null) {
			changes.add(label + " removed" + (quotable ? " (was " + before + ")" : ""));
		}
		else {
			changes.add(label + " changed" + (quotable ? " from " + before + " to " + after : ""));
		}
	}

	static String location(ParsedResume.Location location) {
		if (location == null) {
			return null;
		}
		return Arrays.stream(new String[] { location.address(), location.postalCode(), location.city(),
				location.region(), location.countryCode() })
			.filter(Objects::nonNull)
			.collect(Collectors.collectingAndThen(Collectors.joining(", "), text -> text.isEmpty() ? null : text));
	}

	/** The parts that are known, joined; {@code null} when none is. */
	static String join(String separator, String... parts) {
		String joined = Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(separator));
		return joined.isEmpty() ? null : joined;
	}

	/** "(2025–present)", "(2019–2021)", "(2015)"; {@code null} without dates. */
	static String when(String start, String end) {
		String span = start == null ? end : start + "–" + (end == null ? "present" : end);
		return span == null ? null : "(" + span + ")";
	}

	/** An end date as the profile reads it: none with a start is "present". */
	private static String end(String start, String end) {
		return end == null && start != null ? "present" : end;
	}

	private static String key(String... parts) {
		List<String> folded = new ArrayList<>();
		for (String part : parts) {
			folded.add(part == null ? "" : FoldedText.of(part).replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip());
		}
		return String.join("|", folded);
	}

	/**
	 * A field of an entry compared between versions.
	 *
	 * @param label what a change calls it
	 * @param value how it is read from the entry
	 */
	record Field<T>(String label, Function<T, String> value) {
	}

	private static <T> Field<T> field(String label, Function<T, String> value) {
		return new Field<>(label, value);
	}

}

package com.candidatesearch.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parse contract as score.py sees it: the sections it reports, the key field that pairs
 * list items, and the fields of each kind of object; a key outside these is counted against
 * the prediction.
 */
final class ContractShape {

	/** The report's sections, in score.py's order. */
	static final List<String> SECTIONS = List.of("basics", "work", "education", "skills", "skills.name",
			"languages", "publications", "awards", "certificates", "projects", "teaching");

	static final Map<String, String> KEY_FIELD = Map.of("work", "name", "education", "institution", "publications",
			"name", "awards", "title", "certificates", "name", "projects", "name", "teaching", "name", "languages",
			"language");

	static final Map<String, List<String>> SHAPE = Map.ofEntries(
			Map.entry("basics", List.of("name", "label", "email", "phone", "url", "summary", "location", "profiles")),
			Map.entry("basics.location", List.of("city", "region", "countryCode", "address", "postalCode")),
			Map.entry("basics.profiles", List.of("network", "username", "url")),
			Map.entry("work",
					List.of("name", "position", "location", "startDate", "endDate", "summary", "highlights")),
			Map.entry("education", List.of("institution", "area", "studyType", "startDate", "endDate", "score",
					"courses", "location")),
			Map.entry("skills", List.of("name", "keywords")), Map.entry("languages", List.of("language", "fluency")),
			Map.entry("publications", List.of("name", "publisher", "releaseDate", "url", "summary", "authors")),
			Map.entry("awards", List.of("title", "date", "awarder", "summary")),
			Map.entry("certificates", List.of("name", "date", "issuer")),
			Map.entry("projects", List.of("name", "description", "highlights", "startDate", "endDate")),
			Map.entry("teaching", List.of("name", "institution", "term", "startDate", "endDate", "highlights")));

	/** Fields holding a list of strings, whose elements are matched one to one. */
	static final Set<String> LIST_FIELDS = Set.of("highlights", "courses", "authors", "keywords");

	private ContractShape() {
	}

	/** score.py's {@code ordered()}: the known sections in report order, then the others sorted. */
	static List<String> ordered(Collection<String> sections) {
		List<String> ordered = new ArrayList<>();
		for (String section : SECTIONS) {
			if (sections.contains(section)) {
				ordered.add(section);
			}
		}
		sections.stream()
			.filter((section) -> !SECTIONS.contains(section))
			.sorted(ContractShape::compareCodePoints)
			.forEach(ordered::add);
		return ordered;
	}

	/** Python's string order, by code point; Java's compareTo orders by UTF-16 unit. */
	static int compareCodePoints(String left, String right) {
		return Arrays.compare(left.codePoints().toArray(), right.codePoints().toArray());
	}

}

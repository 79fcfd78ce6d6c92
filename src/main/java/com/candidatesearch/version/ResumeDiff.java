package com.candidatesearch.version;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.candidatesearch.parse.FoldedText;
import com.candidatesearch.parse.ParsedResume;

/**
 * What changed between two versions of a profile, section by section, in words a recruiter
 * reads: "Work: added Staff Engineer at Acme (2025–present)", "Skills: added Rust, Kubernetes;
 * removed Perl", "Basics: e-mail changed from a@x.org to b@y.com". Entries are paired by what
 * they are (employer and title, school and degree, a publication's title), not by their place
 * in the list, so a job added at the top does not make every job below it look changed.
 */
public final class ResumeDiff {

	private ResumeDiff() {
	}

	/** The changes from the older to the newer version, sections in the profile's order; empty when none. */
	public static List<SectionChanges> between(ParsedResume older, ParsedResume newer) {
		List<SectionChanges> sections = new ArrayList<>();
		add(sections, "Basics", basics(older.basics(), newer.basics()));
		add(sections, "Work", entries(older.work(), newer.work(), Entries.WORK));
		add(sections, "Education", entries(older.education(), newer.education(), Entries.EDUCATION));
		add(sections, "Skills", skills(older.allSkills(), newer.allSkills()));
		add(sections, "Publications", entries(older.publications(), newer.publications(), Entries.PUBLICATIONS));
		add(sections, "Projects", entries(older.projects(), newer.projects(), Entries.PROJECTS));
		add(sections, "Teaching", entries(older.teaching(), newer.teaching(), Entries.TEACHING));
		add(sections, "Awards", entries(older.awards(), newer.awards(), Entries.AWARDS));
		add(sections, "Certificates", entries(older.certificates(), newer.certificates(), Entries.CERTIFICATES));
		add(sections, "Languages", entries(older.languages(), newer.languages(), Entries.LANGUAGES));
		return sections;
	}

	private static void add(List<SectionChanges> sections, String name, List<String> changes) {
		if (!changes.isEmpty()) {
			sections.add(new SectionChanges(name, changes));
		}
	}

	private static List<String> basics(ParsedResume.Basics older, ParsedResume.Basics newer) {
		List<String> changes = new ArrayList<>();
		Map<String, Function<ParsedResume.Basics, String>> fields = new LinkedHashMap<>();
		fields.put("name", ParsedResume.Basics::name);
		fields.put("headline", ParsedResume.Basics::label);
		fields.put("e-mail", ParsedResume.Basics::email);
		fields.put("phone", ParsedResume.Basics::phone);
		fields.put("web site", ParsedResume.Basics::url);
		fields.put("location", basics -> Entries.location(basics.location()));
		fields.put("summary", ParsedResume.Basics::summary);
		fields.forEach((label, value) -> Entries.field(label, value.apply(older), value.apply(newer), changes));
		Set<String> before = profiles(older);
		Set<String> after = profiles(newer);
		after.stream().filter(profile -> !before.contains(profile)).forEach(profile -> changes.add("added profile " + profile));
		before.stream().filter(profile -> !after.contains(profile)).forEach(profile -> changes.add("removed profile " + profile));
		return changes;
	}

	private static Set<String> profiles(ParsedResume.Basics basics) {
		Set<String> profiles = new LinkedHashSet<>();
		for (ParsedResume.Profile profile : basics.profiles()) {
			String shown = profile.url() != null ? profile.url()
					: Entries.join(" ", profile.network(), profile.username());
			if (shown != null) {
				profiles.add(shown);
			}
		}
		return profiles;
	}

	private static List<String> skills(List<String> older, List<String> newer) {
		Map<String, String> before = folded(older);
		Map<String, String> after = folded(newer);
		List<String> added = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
		List<String> removed = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
		List<String> parts = new ArrayList<>();
		if (!added.isEmpty()) {
			parts.add("added " + String.join(", ", added));
		}
		if (!removed.isEmpty()) {
			parts.add("removed " + String.join(", ", removed));
		}
		return parts.isEmpty() ? List.of() : List.of(String.join("; ", parts));
	}

	private static Map<String, String> folded(List<String> skills) {
		Map<String, String> folded = new LinkedHashMap<>();
		skills.forEach(skill -> folded.putIfAbsent(FoldedText.of(skill), skill));
		return folded;
	}

	/** Pairs entries by their identity, in order among entries of the same identity, and says what changed. */
	static <T> List<String> entries(List<T> older, List<T> newer, Entries.Kind<T> kind) {
		Map<String, Deque<T>> unmatched = new LinkedHashMap<>();
		for (T entry : older) {
			unmatched.computeIfAbsent(kind.identity(entry), key -> new ArrayDeque<>()).add(entry);
		}
		List<String> changes = new ArrayList<>();
		for (T entry : newer) {
			Deque<T> same = unmatched.get(kind.identity(entry));
			T before = same == null ? null : same.poll();
			if (before == null) {
				changes.add("added " + kind.describe(entry));
				continue;
			}
			List<String> fields = new ArrayList<>();
			kind.compare(before, entry, fields);
			if (!fields.isEmpty()) {
				changes.add(kind.describe(entry) + ": " + String.join("; ", fields));
			}
		}
		unmatched.values().forEach(rest -> rest.forEach(entry -> changes.add("removed " + kind.describe(entry))));
		return changes;
	}

	static boolean same(String a, String b) {
		return Objects.equals(a == null ? null : FoldedText.of(a), b == null ? null : FoldedText.of(b));
	}

}

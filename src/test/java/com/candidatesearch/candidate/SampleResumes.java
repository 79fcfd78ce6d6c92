package com.candidatesearch.candidate;

import java.util.List;

import com.candidatesearch.parse.ParsedResume;

/** Parsed resumes with every section filled, for tests of storage and pages. */
final class SampleResumes {

	private SampleResumes() {
	}

	static ParsedResume full(String name) {
		var basics = new ParsedResume.Basics(name, "Research Engineer", "ada@example.org", "+1 555 0100",
				"https://example.org", "Builds compilers.",
				new ParsedResume.Location("London", "England", "GB", null, null),
				List.of(new ParsedResume.Profile("GitHub", "ada", "https://github.com/ada")));
		return new ParsedResume(basics,
				List.of(new ParsedResume.Work("Analytical Engines Ltd", "Engineer", "London", "2020-01", null,
						"Led the team.", List.of("Wrote the first program", "Shipped C++ and C# tools"))),
				List.of(new ParsedResume.Education("University of London", "Mathematics", "B.Sc.", "2015", "2019",
						"First", List.of("Analysis"), "London")),
				List.of(new ParsedResume.SkillGroup("Languages", List.of("C++", "C#", ".NET"))),
				List.of(new ParsedResume.Language("English", "Native")),
				List.of(new ParsedResume.Publication("Notes on the Engine", "Taylor's Memoirs", "1843", null, null,
						List.of("A. Lovelace"))),
				List.of(new ParsedResume.Award("Medal", "2021", "Royal Society", null)),
				List.of(new ParsedResume.Certificate("AWS Solutions Architect", "2022", "Amazon")),
				List.of(new ParsedResume.Project("Difference Engine", "A calculator.", List.of("Gears"), "2018", "2019")),
				List.of(new ParsedResume.Teaching("CS 101", "University of London", "Fall 2019", "2019", null,
						List.of("Taught loops"))));
	}

	static Resume file(String key) {
		return new Resume(key + ".pdf", "application/pdf", 3, sha(key), "text of " + key, "files/" + key);
	}

	static String sha(String key) {
		return (key + "0".repeat(64)).substring(0, 64);
	}

}

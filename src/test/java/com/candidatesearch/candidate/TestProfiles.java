package com.candidatesearch.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import tools.jackson.databind.json.JsonMapper;

/** Candidate profiles for page tests: a bare one with a given name, or a full one from a gold parse. */
public final class TestProfiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestProfiles() {
	}

	public static CandidateProfile named(long id, String name) {
		ParsedResume resume = new ParsedResume(
				new ParsedResume.Basics(name, null, null, null, null, null, null, List.of()), null, null, null, null,
				null, null, null, null, null);
		return of(id, resume, "resume-" + id + ".pdf");
	}

	/** A profile whose resume is the expected parse of a seed, from {@code src/test/resources/gold}. */
	public static CandidateProfile gold(long id, String seed) {
		try (InputStream in = TestProfiles.class.getResourceAsStream("/gold/" + seed + ".json")) {
			return of(id, JSON.readValue(in, ParsedResume.class), seed + ".pdf");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static CandidateProfile of(long id, ParsedResume resume, String fileName) {
		return new CandidateProfile(id, resume, new CandidateProfile.OriginalFile(fileName, "application/pdf", 41553,
				"2039ce1f40bc25f3fef3a1bc772bab1bb9c1937fac50560a67827504319bd13e", Instant.parse("2026-11-21T09:30:00Z")));
	}

}

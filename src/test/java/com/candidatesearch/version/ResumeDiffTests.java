package com.candidatesearch.version;

import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.ParsedResume.Work;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeDiffTests {

	private static final Work INITECH = new Work("Initech", "Engineer", "Austin, TX", "2019-03", "2024-12", null,
			List.of("Built the TPS report pipeline"));

	private static final Work GLOBEX = new Work("Globex", "Intern", null, "2018", "2018", null, List.of());

	@Test
	void saysWhatWasAddedRemovedAndChangedPerSection() {
		ParsedResume older = resume(basics("a@x.org"), List.of(INITECH, GLOBEX), List.of("Java", "Perl", "Rust"));
		Work staff = new Work("Acme", "Staff Engineer", null, "2025", null, null, List.of());
		ParsedResume newer = resume(basics("b@y.com"), List.of(staff, INITECH), List.of("Java", "rust", "Kubernetes", "Go"));

		assertThat(ResumeDiff.between(older, newer).stream().flatMap(section -> section.lines().stream()))
			.containsExactly("Basics: e-mail changed from a@x.org to b@y.com",
					"Work: added Staff Engineer at Acme (2025–present)", "Work: removed Intern at Globex (2018–2018)",
					"Skills: added Kubernetes, Go; removed Perl");
	}

	@Test
	void pairsEntriesByWhatTheyAreNotByTheirPlace() {
		Work initechLater = new Work("Initech", "Engineer", "Remote", "2019-03", null, null,
				List.of("Built the TPS report pipeline", "Led the migration to Kafka"));
		ParsedResume older = resume(basics("a@x.org"), List.of(INITECH, GLOBEX), List.of());
		ParsedResume newer = resume(basics("a@x.org"), List.of(GLOBEX, initechLater), List.of());

		assertThat(ResumeDiff.between(older, newer)).containsExactly(new SectionChanges("Work",
				List.of("Engineer at Initech (2019-03–present): location changed from Austin, TX to Remote; "
						+ "end date changed from 2024-12 to present; added “Led the migration to Kafka”")));
	}

	@Test
	void quotesAFewChangedItemsShortenedAndCountsMany() {
		String long1 = "Spearheaded conversion of acoustic dynamic simulation models leading to a 100x reduction";
		Work before = new Work("Initech", "Engineer", null, "2019", "2024", null, List.of(long1, "Kept the lights on"));
		Work fewer = new Work("Initech", "Engineer", null, "2019", "2024", null, List.of("Kept the lights on"));
		Work more = new Work("Initech", "Engineer", null, "2019", "2024", null,
				List.of(long1, "Kept the lights on", "One", "Two", "Three"));

		assertThat(ResumeDiff.between(resume(basics("a@x.org"), List.of(before), List.of()),
				resume(basics("a@x.org"), List.of(fewer), List.of())))
			.containsExactly(new SectionChanges("Work", List.of("Engineer at Initech (2019–2024): removed "
					+ "“Spearheaded conversion of acoustic dynamic simulation models…”")));
		assertThat(ResumeDiff.between(resume(basics("a@x.org"), List.of(before), List.of()),
				resume(basics("a@x.org"), List.of(more), List.of())))
			.containsExactly(new SectionChanges("Work", List.of("Engineer at Initech (2019–2024): 3 items added")));
	}

	@Test
	void pairsDegreesBySchoolAndDegreeAndPublicationsByTitle() {
		ParsedResume older = new ParsedResume(basics(null), null,
				List.of(new Education("MIT", "Computer Science", "B.S.", "2011", "2015", null, List.of(), null)), null,
				null, List.of(new Publication("Sparse Attention", "NeurIPS 2022", "2022", null, null, List.of())), null,
				null, null, null);
		ParsedResume newer = new ParsedResume(basics(null), null,
				List.of(new Education("MIT", "Computer Science", "B.S.", "2011", "2015", "3.9", List.of(), null),
						new Education("Stanford", "Computer Science", "Ph.D.", "2016", "2021", null, List.of(), null)),
				null, null, List.of(new Publication("Sparse attention", "NeurIPS 2022", "2022", null, null, List.of()),
						new Publication("Dense Retrieval at Scale", "ICLR 2024", "2024", null, null, List.of())),
				null, null, null, null);

		assertThat(ResumeDiff.between(older, newer).stream().flatMap(section -> section.lines().stream()))
			.containsExactly("Education: B.S. Computer Science, MIT (2011–2015): score added: 3.9",
					"Education: added Ph.D. Computer Science, Stanford (2016–2021)",
					"Publications: added “Dense Retrieval at Scale”");
	}

	@Test
	void theSameProfileHasNoChanges() {
		ParsedResume resume = resume(basics("a@x.org"), List.of(INITECH, GLOBEX), List.of("Java"));

		assertThat(ResumeDiff.between(resume, resume)).isEmpty();
	}

	@Test
	void aLongSummaryIsNamedNotQuoted() {
		Basics before = new Basics("Ada", null, null, null, null, "Short.", null, List.of());
		Basics after = new Basics("Ada", null, null, null, null, "A much longer summary. ".repeat(10), null, List.of());

		assertThat(ResumeDiff.between(resume(before, List.of(), List.of()), resume(after, List.of(), List.of())))
			.containsExactly(new SectionChanges("Basics", List.of("summary changed")));
	}

	private static Basics basics(String email) {
		return new Basics("Ada Lovelace", null, email, null, null, null, null, List.of());
	}

	private static ParsedResume resume(Basics basics, List<Work> work, List<String> skills) {
		return new ParsedResume(basics, work, null, List.of(new SkillGroup("Skills", skills)), null, null, null, null,
				null, null);
	}

}

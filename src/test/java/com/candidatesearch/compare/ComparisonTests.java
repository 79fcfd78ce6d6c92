package com.candidatesearch.compare;

import java.util.List;

import com.candidatesearch.candidate.DegreeLevel;
import com.candidatesearch.candidate.CandidateProfile;
import com.candidatesearch.candidate.TestProfiles;
import com.candidatesearch.parse.ParsedResume;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTests {

	@Test
	void skillsAreSharedIgnoringCaseAndSpacingAndListedFirst() {
		Comparison comparison = Comparison.of(List.of(withSkills(1, "Go", "PyTorch", "C++"),
				withSkills(2, "pytorch", "C++", "Rust"), withSkills(3, " PyTorch ", "c++", "Rust")));
		assertThat(comparison.sharedSkills()).isEqualTo(2);
		assertThat(comparison.columns().get(0).skills()).containsExactly(new Comparison.Skill("PyTorch", "shared"),
				new Comparison.Skill("C++", "shared"), new Comparison.Skill("Go", "unique"));
		assertThat(comparison.columns().get(1).skills()).extracting(Comparison.Skill::kind)
			.containsExactly("shared", "shared", "some");
	}

	@Test
	void educationIsTheHighestDegreeWithItsSchool() {
		ParsedResume resume = new ParsedResume(null, null,
				List.of(new ParsedResume.Education("USC", "Computer Science", "B.S.", null, null, null, null, null),
						new ParsedResume.Education("Georgia Tech", "Computer Science", "Ph.D.", null, null, null, null,
								null),
						new ParsedResume.Education("USC", "Computer Science", "Accelerated Master's", null, null, null,
								null, null)),
				null, null, null, null, null, null, null);
		Comparison comparison = Comparison.of(List.of(TestProfiles.of(1, resume, "cv.pdf"), TestProfiles.named(2, "Ada")));
		assertThat(comparison.columns().get(0).education()).isEqualTo("Ph.D., Computer Science \u2014 Georgia Tech");
		assertThat(comparison.columns().get(1).education()).isNull();
	}

	@Test
	void currentRoleIsTheJobWithoutAnEnd() {
		ParsedResume resume = new ParsedResume(null,
				List.of(new ParsedResume.Work("Purdue", "Research Assistant", null, "2019", "2021", null, null),
						new ParsedResume.Work("NVIDIA", "Research Scientist", null, "2021", null, null, null),
						new ParsedResume.Work("nvidia", "Intern", null, "2018", "2018", null, null)),
				null, null, null, null, null, null, null, null);
		Comparison.Column column = Comparison.of(List.of(TestProfiles.of(1, resume, "cv.pdf"), TestProfiles.named(2, "Ada")))
			.columns()
			.get(0);
		assertThat(column.currentRole()).isEqualTo("Research Scientist, NVIDIA");
		assertThat(column.employers()).containsExactly("Purdue", "NVIDIA");
	}

	@Test
	void degreeLevelsReadTheWordsResumesUse() {
		assertThat(DegreeLevel.of("Ph.D.")).isEqualTo(DegreeLevel.DOCTORATE);
		assertThat(DegreeLevel.of("Doctor of Philosophy")).isEqualTo(DegreeLevel.DOCTORATE);
		assertThat(DegreeLevel.of("M.Sc.")).isEqualTo(DegreeLevel.MASTER);
		assertThat(DegreeLevel.of("Accelerated Master's")).isEqualTo(DegreeLevel.MASTER);
		assertThat(DegreeLevel.of("Bachelor's")).isEqualTo(DegreeLevel.BACHELOR);
		assertThat(DegreeLevel.of("B.Eng.")).isEqualTo(DegreeLevel.BACHELOR);
		assertThat(DegreeLevel.of("Graduate Researcher")).isEqualTo(DegreeLevel.OTHER);
	}

	private static CandidateProfile withSkills(long id, String... skills) {
		return TestProfiles.of(id, new ParsedResume(null, null, null,
				List.of(new ParsedResume.SkillGroup("Skills", List.of(skills))), null, null, null, null, null, null),
				"cv.pdf");
	}

}

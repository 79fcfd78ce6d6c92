package com.candidatesearch.candidate;

import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Work;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionCarryTests {

	@Test
	void aCorrectionFollowsItsEntryWhenANewJobIsAddedAboveIt() {
		ParsedResume before = resume("a@x.org", job("Initech Corp"));
		Correction employer = Correction.set(1, "work[0].name", "Initech Corporation", "Initech Corp");

		CorrectionCarry.Carried carried = CorrectionCarry.carry(resume("a@x.org", job("Acme"), job("Initech Corp")),
				before, List.of(employer));

		assertThat(carried.resume().work()).extracting(Work::name).containsExactly("Acme", "Initech Corporation");
		assertThat(carried.kept()).singleElement().extracting(Correction::getPath).isEqualTo("work[1].name");
		assertThat(carried.retired()).isEmpty();
	}

	@Test
	void aCorrectionOfAValueTheNewVersionNoLongerHoldsIsRetired() {
		ParsedResume before = resume("a@x.org", job("Initech Corp"));
		Correction email = Correction.set(1, "basics.email", "ada@x.org", "a@x.org");

		CorrectionCarry.Carried carried = CorrectionCarry.carry(resume("b@y.com", job("Initech Corp")), before,
				List.of(email));

		assertThat(carried.resume().basics().email()).isEqualTo("b@y.com");
		assertThat(carried.retired()).containsExactly(email);
	}

	@Test
	void aRemovalFollowsTheEntryItRemoved() {
		ParsedResume before = resume("a@x.org", job("Initech Corp"), job("Bogus line"));
		Correction removal = Correction.remove(1, "work[1]", "Engineer");

		CorrectionCarry.Carried carried = CorrectionCarry.carry(resume("a@x.org", job("Initech Corp"), job("Bogus line")),
				before, List.of(removal));

		assertThat(carried.resume().work()).hasSize(1);
	}

	private static Work job(String employer) {
		return new Work(employer, "Engineer", null, "2020", null, null, List.of());
	}

	private static ParsedResume resume(String email, Work... work) {
		return new ParsedResume(new Basics("Ada", null, email, null, null, null, null, List.of()), List.of(work), null,
				null, null, null, null, null, null, null);
	}

}

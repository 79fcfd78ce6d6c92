package com.candidatesearch.candidate;

import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.ParsedResume.Work;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionsTests {

	private static final ParsedResume RESUME = new ParsedResume(
			new Basics("Ada Lovelace", null, null, null, null, null, null, List.of()),
			List.of(new Work("Initech", "Engineer", null, "2019", null, null, List.of("Shipped it")),
					new Work("Globex", "Intern", null, null, "2018", null, List.of())),
			null, null, null,
			List.of(new Publication("Sparse attention", "NeurIPS", "2022", null, null, List.of()),
					new Publication("at scale", null, null, null, null, List.of()),
					new Publication("Old results", "ICML", "2014", null, null, List.of())),
			null, null, null, null);

	@Test
	void setsAFieldByItsContractPath() {
		ParsedResume corrected = Corrections.apply(RESUME, List.of(Correction.set(1, "work[1].name", "Globex Corp", "Globex"),
				Correction.set(1, "work[1].startDate", "2017-06", null), Correction.set(1, "basics.location.city", "London", null)));
		assertThat(corrected.work().get(1).name()).isEqualTo("Globex Corp");
		assertThat(corrected.work().get(1).startDate()).isEqualTo("2017-06");
		assertThat(corrected.basics().location().city()).isEqualTo("London");
		assertThat(corrected.work().get(0)).isEqualTo(RESUME.work().get(0));
	}

	@Test
	void listFieldsTakeOneItemPerLineAndABlankValueClears() {
		ParsedResume corrected = Corrections.apply(RESUME,
				List.of(Correction.set(1, "work[0].highlights", "Shipped it\n\n  Led three  \n", null),
						Correction.set(1, "work[0].startDate", null, "2019")));
		assertThat(corrected.work().get(0).highlights()).containsExactly("Shipped it", "Led three");
		assertThat(corrected.work().get(0).startDate()).isNull();
	}

	@Test
	void aMisSplitPublicationIsMendedByRetitlingOneHalfAndRemovingTheOther() {
		ParsedResume corrected = Corrections.apply(RESUME,
				List.of(Correction.set(1, "publications[0].name", "Sparse attention at scale", "Sparse attention"),
						Correction.remove(1, "publications[1]", "at scale"),
						Correction.set(1, "publications[1].publisher", "ICML 2014", "ICML")));
		assertThat(corrected.publications()).extracting(Publication::name)
			.containsExactly("Sparse attention at scale", "Old results");
		assertThat(corrected.publications().get(1).publisher())
			.as("indices after a removal mean the entries as the recruiter saw them")
			.isEqualTo("ICML 2014");
	}

	@Test
	void aCorrectionOfAnEntryTheNewParseLacksIsSkipped() {
		ParsedResume corrected = Corrections.apply(RESUME, List.of(Correction.set(1, "work[5].name", "Nowhere", null)));
		assertThat(corrected).isEqualTo(RESUME);
	}

	@Test
	void readsValuesAsTheFormShowsThem() {
		assertThat(Corrections.read(RESUME, "work[0].highlights")).isEqualTo("Shipped it");
		assertThat(Corrections.read(RESUME, "work[1].startDate")).isNull();
		assertThat(Corrections.exists(RESUME, "publications[2]")).isTrue();
		assertThat(Corrections.exists(RESUME, "publications[3]")).isFalse();
	}

}

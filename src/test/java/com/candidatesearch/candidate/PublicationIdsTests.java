package com.candidatesearch.candidate;

import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.SourceSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationIdsTests {

	@Test
	void readsTheDoiAndArxivIdPrintedInTheCitation() {
		String text = "PUBLICATIONS\nA. Lovelace. Notes on the Engine. In Proc. X, 2020.\ndoi:10.1145/3292500.3330701. "
				+ "arXiv:2103.00020v2\nNext paper";
		int title = text.indexOf("Notes");
		ParsedResume.Publication paper = new ParsedResume.Publication("Notes on the Engine", "Proc. X", "2020", null,
				null, List.of("A. Lovelace"));

		PublicationIds ids = PublicationIds.of(paper, new SourceSpan(title, title + 19, 2), text);

		assertThat(ids).isEqualTo(new PublicationIds("10.1145/3292500.3330701", "2103.00020v2"));
	}

	@Test
	void readsTheDoiFromTheLinkAndOldStyleArxivIds() {
		ParsedResume.Publication paper = new ParsedResume.Publication("Old", null, null,
				"https://doi.org/10.1007/978-3-030-58452-8_13", null, List.of());
		String text = "Old. arXiv preprint cs/0112017";

		assertThat(PublicationIds.of(paper, new SourceSpan(0, 3, 1), text))
			.isEqualTo(new PublicationIds("10.1007/978-3-030-58452-8_13", "cs/0112017"));
	}

	@Test
	void hasNoIdsWhereNoneArePrinted() {
		ParsedResume.Publication paper = new ParsedResume.Publication("Plain", "CVPR", "2023", null, null, List.of());

		assertThat(PublicationIds.of(paper, null, "Plain CVPR 2023").isEmpty()).isTrue();
	}

}

package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Citations in the styles academics print: IEEE, ACM and APA, with DOIs and arXiv ids. */
class CitationStyleTests {

	@Test
	void readsIeeeQuotedTitleAndVenueWithoutVolumeOrPages() {
		Publication publication = parse("O. Adeyemi and J. Hurst, “Energy-optimal gait transitions in bipedal walking,” "
				+ "IEEE Robotics and Automation Letters, vol. 6, no. 2, pp. 2201–2208, 2021.");
		assertThat(publication.authors()).containsExactly("O. Adeyemi", "J. Hurst");
		assertThat(publication.name()).isEqualTo("Energy-optimal gait transitions in bipedal walking");
		assertThat(publication.publisher()).isEqualTo("IEEE Robotics and Automation Letters");
		assertThat(publication.releaseDate()).isEqualTo("2021");
	}

	@Test
	void anAOpeningTheTitleAfterDottedInitialsIsNoInitial() {
		Publication publication = parse("E. Someone and T. Lim, A Fictional Research. Somewhere, Some Place, 2010.");
		assertThat(publication.authors()).containsExactly("E. Someone", "T. Lim");
		assertThat(publication.name()).isEqualTo("A Fictional Research");
		assertThat(AuthorList.read("A. Hassani, S Walton, J Li, H Shi Neighborhood Attention Transformer").names())
			.containsExactly("A. Hassani", "S Walton", "J Li", "H Shi");
	}

	@Test
	void readsIeeeProceedingsAndDoiAsLink() {
		Publication publication = parse("A. Rossi, G. Bianchi, and M. Conti, \"A low-noise amplifier,\" in Proc. IEEE "
				+ "Int. Solid-State Circuits Conf. (ISSCC), Feb. 2024, pp. 1–3, doi: 10.1109/ISSCC.2024.123.");
		assertThat(publication.authors()).containsExactly("A. Rossi", "G. Bianchi", "M. Conti");
		assertThat(publication.publisher()).isEqualTo("Proc. IEEE Int. Solid-State Circuits Conf. (ISSCC)");
		assertThat(publication.releaseDate()).isEqualTo("2024");
		assertThat(publication.url()).isEqualTo("https://doi.org/10.1109/ISSCC.2024.123");
	}

	@Test
	void readsAcmYearAfterAuthorsAndDropsPublishingHouse() {
		Publication publication = parse("Hanne Ølstad and Ingrid Solberg. 2020. Workflow Provenance for Reproducible "
				+ "Marine Acoustics. In Proceedings of the 2020 IEEE International Conference on e-Science. IEEE.");
		assertThat(publication.authors()).containsExactly("Hanne Ølstad", "Ingrid Solberg");
		assertThat(publication.name()).isEqualTo("Workflow Provenance for Reproducible Marine Acoustics");
		assertThat(publication.publisher()).isEqualTo("Proceedings of the 2020 IEEE International Conference on e-Science");
		assertThat(publication.releaseDate()).isEqualTo("2020");
	}

	@Test
	void keepsArxivIdentifierInVenue() {
		Publication publication = parse("Ingrid Solberg. 2019. Flexible Classification of Sonar Echograms with Weak "
				+ "Supervision. arXiv preprint arXiv:1907.04412.");
		assertThat(publication.name()).isEqualTo("Flexible Classification of Sonar Echograms with Weak Supervision");
		assertThat(publication.publisher()).isEqualTo("arXiv preprint arXiv:1907.04412");
		assertThat(publication.releaseDate()).isEqualTo("2019");
	}

	@Test
	void readsApaSurnameFirstAuthorsJournalAndDoi() {
		Publication publication = parse("Lindqvist, E., Berg, A., & Hassan, M. (2023). Spatially variable genes at "
				+ "scale with spatialDE2. Nature Methods, 20(4), 512-520. https://doi.org/10.1038/s41592-023-01801-1");
		assertThat(publication.authors()).containsExactly("Lindqvist, E.", "Berg, A.", "Hassan, M.");
		assertThat(publication.name()).isEqualTo("Spatially variable genes at scale with spatialDE2");
		assertThat(publication.publisher()).isEqualTo("Nature Methods");
		assertThat(publication.releaseDate()).isEqualTo("2023");
		assertThat(publication.url()).isEqualTo("https://doi.org/10.1038/s41592-023-01801-1");
	}

	private static Publication parse(String citation) {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(Line.text(citation)));
		assertThat(publications).hasSize(1);
		return publications.get(0);
	}

}

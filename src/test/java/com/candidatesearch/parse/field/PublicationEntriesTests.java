package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ResumeParser;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Publications set as entries (title, date, venue, authors and link on lines of their own) and grouped lists. */
class PublicationEntriesTests {

	@Test
	void readsATitleWithItsDateVenueAndSummaryOnLinesOfTheirOwn() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(Line.text("Calibrated Uncertainty for Segmentation"),
				Line.text("IEEE Transactions on Medical Imaging"), Line.text("May 2021"),
				Line.text("A post-hoc calibration method evaluated on four datasets."), Line.text("When Do Ensembles Help?"),
				Line.text("Medical Imaging with Deep Learning (MIDL)"), Line.text("Jul 2019"),
				Line.text("An empirical study of deep ensembles.")));
		assertThat(publications).containsExactly(
				new Publication("Calibrated Uncertainty for Segmentation", "IEEE Transactions on Medical Imaging", "2021-05",
						null, "A post-hoc calibration method evaluated on four datasets.", List.of()),
				new Publication("When Do Ensembles Help?", "Medical Imaging with Deep Learning (MIDL)", "2019-07", null,
						"An empirical study of deep ensembles.", List.of()));
	}

	@Test
	void readsTheVenueWithoutTheWordsThatIntroduceIt() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(Line.text("Lexicon Learning for Speech"),
				Line.text("Published by Journal of Sound and Voice"), Line.text("May 2021"),
				Line.text("A method for learning pronunciations from recordings.")));
		assertThat(publications).extracting(Publication::publisher).containsExactly("Journal of Sound and Voice");
	}

	@Test
	void readsAuthorsAndABareDoiWithItsVenue() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(bold("Sparse Mixture-of-Experts at Scale"),
				Line.text("July 2023"), Line.text("John Doe, Sarah Williams, David Park"),
				Line.text("10.1234/neurips.2023.1234 (NeurIPS 2023)")));
		assertThat(publications).containsExactly(new Publication("Sparse Mixture-of-Experts at Scale", "NeurIPS 2023", "2023-07",
				"https://doi.org/10.1234/neurips.2023.1234", null, List.of("John Doe", "Sarah Williams", "David Park")));
	}

	@Test
	void aDoiUnderItsTitleOpensNoEntryWhereTheDatesComeFirst() {
		// the dates in a margin column, read before each title: the year inside the DOI and the
		// venue is no date of a next entry
		List<Publication> publications = PublicationsSectionParser.parse(List.of(label("July 2023"),
				bold("Sparse Mixture-of-Experts at Scale"), Line.text("John Doe, Sarah Williams"),
				Line.text("10.1234/neurips.2023.1234 (NeurIPS 2023)"), label("Dec 2022"), bold("Neural Architecture Search"),
				Line.text("James Liu, John Doe"), Line.text("10.1234/neurips.2022.5678 (NeurIPS 2022, Spotlight)")));
		assertThat(publications).extracting(Publication::name, Publication::publisher, Publication::url).containsExactly(
				tuple("Sparse Mixture-of-Experts at Scale", "NeurIPS 2023", "https://doi.org/10.1234/neurips.2023.1234"),
				tuple("Neural Architecture Search", "NeurIPS 2022, Spotlight", "https://doi.org/10.1234/neurips.2022.5678"));
	}

	@Test
	void aVenueNamedAfterInIsPartedFromTheTitleOnlyWhereItNamesItselfOne() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(Line.text("Oct. 2021"),
				Line.text("Censored Demand and the Cost of Empty Shelves in International Journal of Forecasting"),
				Line.text("Mar. 2020"), Line.text("Measuring Fairness in Machine Learning")));
		assertThat(publications).extracting(Publication::name, Publication::publisher).containsExactly(
				tuple("Censored Demand and the Cost of Empty Shelves", "International Journal of Forecasting"),
				tuple("Measuring Fairness in Machine Learning", null));
	}

	@Test
	void aLinkAfterTheTitleIsThePublicationsLink() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(heading("Jane Fullstacker's Blog http://janef.me (2011-01)"),
				heading("Teach Yourself GORFF in 21 Days (2008-01)"), Line.text("A primer on GORFF.")));
		assertThat(publications).extracting(Publication::name, Publication::url, Publication::releaseDate).containsExactly(
				tuple("Jane Fullstacker's Blog", "http://janef.me", "2011-01"), tuple("Teach Yourself GORFF in 21 Days", null, "2008-01"));
	}

	@Test
	void dropsTheSubHeadingsThatGroupAList() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(bold("Journal Articles"),
				item("L. T. Wong and E. Someone, “A non-existent paper,” Journal of Carrying On, vol. 12, 2011."),
				bold("Conference Proceedings"),
				item("E. Someone and L. T. Lim, “Another paper,” in Proceedings of the 72nd Conference, 2013.")));
		assertThat(publications).extracting(Publication::name).containsExactly("A non-existent paper", "Another paper");
	}

	@Test
	void aTitleAndVenueRunTogetherByAConverterArePartedWhereTheVenueStarts() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(
				Line.text("Few-Shot Speech Recognition for Polysynthetic LanguagesProceedings of INTERSPEECH"), Line.text("Sep 2024"),
				Line.text("Morpheme-level targets for CTC models trained on under ten hours of audio.")));
		assertThat(publications).extracting(Publication::name, Publication::publisher, Publication::releaseDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Few-Shot Speech Recognition for Polysynthetic Languages",
					"Proceedings of INTERSPEECH", "2024-09"));
	}

	@Test
	void aTitleSetAsAHeadingThatEndsWithAKindsWordIsATitle() {
		Line title = new Line("Video compression for 3d media", Line.Kind.HEADING, 3, false, List.of(), 0, true);
		List<Publication> publications = PublicationsSectionParser.parse(List.of(title, Line.text("Hooli"),
				Line.text("2014-10-01"), Line.text("Innovative middle-out compression algorithm.")));
		assertThat(publications).extracting(Publication::name, Publication::publisher)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Video compression for 3d media", "Hooli"));
	}

	@Test
	void readsNumberedReferencesAndAYearSetBeforeItsCitation() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(
				Line.text("[1] K. M. Smith Testington and B. Boss. “Automatic use of a bold font.” In: Journal of Fonts (2015)."),
				Line.text("2019"), Line.text("Isaac Newton and Robert Hooke. Lectiones opticae. Royal Society.")));
		assertThat(publications.get(0).authors()).containsExactly("K. M. Smith Testington", "B. Boss");
		assertThat(publications.get(0).publisher()).isEqualTo("Journal of Fonts");
		assertThat(publications.get(1).releaseDate()).isEqualTo("2019");
	}

	@Test
	void aBoldDateUnderABoldTitleAndALinksLabelOpenNoEntry() throws Exception {
		ParseResult result = new ResumeParser().parse("resume.md", String.join("\n", "# Jon McLaughlin", "", "## Publications",
				"", "**Label-Efficient Pretraining for Chest Radiograph Triage**", "", "**2023-10-08**", "", "View publication", "",
				"Published by Medical Image Computing and Computer Assisted Intervention (MICCAI)", "",
				"**When Do Ensembles Help Segmentation?**", "", "**2019-07-08**", "", "Published by Medical Imaging with Deep Learning (MIDL)",
				"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.resume().publications()).extracting(Publication::name, Publication::publisher, Publication::releaseDate)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Label-Efficient Pretraining for Chest Radiograph Triage",
							"Medical Image Computing and Computer Assisted Intervention (MICCAI)", "2023-10-08"),
					org.assertj.core.groups.Tuple.tuple("When Do Ensembles Help Segmentation?",
							"Medical Imaging with Deep Learning (MIDL)", "2019-07-08"));
	}

	@Test
	void readsTheVenueAfterTheTitlesCommaAndNoVenueFromTheDatesLabel() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(
				Line.text("Censored Demand and the Cost of Empty Shelves, International Journal of Forecasting"),
				Line.text("Published on: Oct 01, 2021"), Line.text("Estimating true demand from sales data truncated by stock-outs."),
				Line.text("A Practical Guide to Sequential Testing, Journal of Applied Statistics"),
				Line.text("Published on: Mar 01, 2020")));
		assertThat(publications).extracting(Publication::name, Publication::publisher, Publication::releaseDate)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Censored Demand and the Cost of Empty Shelves",
							"International Journal of Forecasting", "2021-10"),
					org.assertj.core.groups.Tuple.tuple("A Practical Guide to Sequential Testing", "Journal of Applied Statistics",
							"2020-03"));
	}

	@Test
	void listItemsWithTheirDatesOnTheLineUnderThemAreEntriesNotCitations() {
		List<Publication> publications = PublicationsSectionParser.parse(List.of(
				item("Forecasting Grocery Demand Under Promotions, PyData London"), Line.text("Published on: Jun 01, 2023"),
				Line.text("Conference talk on hierarchical forecasting when a third of the sales happen on promotion."),
				item("Censored Demand and the Cost of Empty Shelves, International Journal of Forecasting"),
				Line.text("Published on: Oct 01, 2021"),
				Line.text("Estimating true demand from sales data truncated by stock-outs.")));
		assertThat(publications).extracting(Publication::name, Publication::releaseDate, Publication::summary)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Forecasting Grocery Demand Under Promotions", "2023-06",
							"Conference talk on hierarchical forecasting when a third of the sales happen on promotion."),
					org.assertj.core.groups.Tuple.tuple("Censored Demand and the Cost of Empty Shelves", "2021-10",
							"Estimating true demand from sales data truncated by stock-outs."));
	}

	private static Line bold(String text) {
		return new Line(text, Line.Kind.TEXT, 0, true, List.of(), 0, true);
	}

	private static Line label(String text) {
		return Line.text(text).withKind(Line.Kind.LABEL);
	}

	private static Line item(String text) {
		return Line.text(text).withKind(Line.Kind.ITEM);
	}

	private static Line heading(String text) {
		return new Line(text, Line.Kind.HEADING, 3, false, List.of(), 0, true);
	}

}

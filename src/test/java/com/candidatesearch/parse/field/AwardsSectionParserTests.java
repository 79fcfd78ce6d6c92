package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Award;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How awards are read: one a line, or as entries with the awarder, date and a sentence on lines of their own. */
class AwardsSectionParserTests {

	@Test
	void aTitleAndAwarderRunTogetherByAConverterArePartedWhereTheAwarderStarts() {
		assertThat(AwardsSectionParser.parse(List.of(Line.text("Doctoral FellowshipSocial Sciences and Humanities Research Council"),
				Line.text("Sep 2021"), Line.text("Three years of doctoral funding."))))
			.containsExactly(new Award("Doctoral Fellowship", "2021-09", "Social Sciences and Humanities Research Council",
					"Three years of doctoral funding."));
		assertThat(Glue.at("PowerPoint and TensorFlow")).as("brands in one word").isEqualTo(-1);
		assertThat(Glue.at("Kaggle Grandmaster, McGlynn Prize")).isEqualTo(-1);
		// a year alone over the awards: an entry with no title, which must not stop the parse
		assertThat(AwardsSectionParser.parse(List.of(Line.text("2012"), Line.text("President, Royal Society, London, UK"),
				Line.text("Associate, French Academy of Science, Paris, France")))).isNotEmpty();
	}

	@Test
	void readsOneAwardALine() {
		assertThat(AwardsSectionParser.parse(List.of(Line.text("Best Paper Award, CVPR 2021"), Line.text("Dean's List"))))
			.extracting(Award::title)
			.containsExactly("Best Paper Award", "Dean's List");
	}

	@Test
	void aDateAfterItsLabelAndAnAwarderAfterByAreReadWithoutTheirWords() {
		List<Award> awards = AwardsSectionParser.parse(List.of(Line.text("Honour Roll"), Line.text("Received 2019-06-01"),
				Line.text("by School of Music"), Line.text("Four terms.")));
		assertThat(awards).containsExactly(new Award("Honour Roll", "2019-06-01", "School of Music", "Four terms."));
	}

	@Test
	void aCommaInTheTitleStaysWhereTheAwarderHasALineOfItsOwn() {
		List<Award> awards = AwardsSectionParser.parse(List.of(Line.text("Silver Medal, Retail Demand Forecasting Challenge"),
				Line.text("Kaggle"), Line.text("Top 2% of 5,500 teams."), Line.text("Jul 2020")));
		assertThat(awards).containsExactly(
				new Award("Silver Medal, Retail Demand Forecasting Challenge", "2020-07", "Kaggle", "Top 2% of 5,500 teams."));
	}

	@Test
	void whoGaveTheAwardComesAfterTheLastOfTwoCommas() {
		assertThat(AwardsSectionParser.parse(List.of(Line.text("Silver Medal, Retail Demand Forecasting Challenge, Kaggle"),
				Line.text("President, Royal Society, United Kingdom"))))
			.extracting(Award::title, Award::awarder)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Silver Medal, Retail Demand Forecasting Challenge", "Kaggle"),
					org.assertj.core.groups.Tuple.tuple("President", "Royal Society, United Kingdom"));
	}

	@Test
	void aLongAwarderAfterByIsNoSentence() {
		List<Award> awards = AwardsSectionParser.parse(List.of(Line.text("Doctoral Award"), Line.text("Received 2019-06-01"),
				Line.text("by Council for Arts and Humanities Research Funding"), Line.text("Three years of funding.")));
		assertThat(awards).containsExactly(new Award("Doctoral Award", "2019-06-01",
				"Council for Arts and Humanities Research Funding", "Three years of funding."));
	}

	@Test
	void aTwoWordSentenceStillDescribesItsAward() {
		List<Award> awards = AwardsSectionParser.parse(List.of(Line.text("Honour Roll"), Line.text("School of Music"),
				Line.text("Four terms."), Line.text("Jun 2019")));
		assertThat(awards).containsExactly(new Award("Honour Roll", "2019-06", "School of Music", "Four terms."));
	}

	@Test
	void readsAwardsAsEntriesWhereASentenceDescribesOne() {
		List<Award> awards = AwardsSectionParser.parse(List.of(Line.text("Graduate Research Fellowship"),
				Line.text("National Science Foundation"), Line.text("Three-year fellowship for doctoral research."),
				Line.text("Best Paper Runner-up"), Line.text("MIDL")));
		assertThat(awards).containsExactly(
				new Award("Graduate Research Fellowship", null, "National Science Foundation",
						"Three-year fellowship for doctoral research."),
				new Award("Best Paper Runner-up", null, "MIDL", null));
	}

	@Test
	void opensAnAwardAtEachTitleSetApart() {
		List<Award> awards = AwardsSectionParser.parse(List.of(bold("Leadership Excellence Award"), Line.text("2022-12-01"),
				Line.text("Engineering Leadership Forum"), bold("Digital Pioneer Award"), Line.text("Techcrunch")));
		assertThat(awards).containsExactly(new Award("Leadership Excellence Award", "2022-12-01", "Engineering Leadership Forum", null),
				new Award("Digital Pioneer Award", null, "Techcrunch", null));
	}

	private static Line bold(String text) {
		return new Line(text, Line.Kind.TEXT, 0, true, List.of(), 0, true);
	}

}

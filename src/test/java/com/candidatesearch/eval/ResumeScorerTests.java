package com.candidatesearch.eval;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeScorerTests {

	@Test
	void perfectParseScoresOneInEverySection() {
		JsonNode gold = Fixtures.json("gold/001_8e724327113ee43c.json");
		Score score = ResumeScorer.score(gold, gold);
		assertThat(score.differences()).isEmpty();
		assertThat(score.overall().f1()).isEqualTo(1.0);
	}

	@Test
	void emptyParseMakesEveryGoldFieldAFalseNegative() {
		Score score = ResumeScorer.score(json("{}"), json("""
				{"basics": {"name": "Ana", "profiles": [{"network": "GitHub", "username": "ana"}]},
				 "work": [{"name": "Acme", "highlights": ["Shipped", "Led"]}]}"""));
		assertThat(score.sections().get("basics")).isEqualTo(new Counts(0, 0, 3));
		assertThat(score.sections().get("work")).isEqualTo(new Counts(0, 0, 3));
		assertThat(score.overall().precision()).isEqualTo(0.0);
	}

	@Test
	void wrongValueIsOneFalsePositiveAndOneFalseNegative() {
		Score score = ResumeScorer.score(json("{\"work\": [{\"name\": \"Acme\", \"startDate\": \"2021\"}]}"),
				json("{\"work\": [{\"name\": \"Acme\", \"startDate\": \"2020\"}]}"));
		assertThat(score.sections().get("work")).isEqualTo(new Counts(1, 1, 1));
		assertThat(score.differences()).containsExactly(new Difference("work", "FP", "work[0].startDate", "\"2021\""),
				new Difference("work", "FN", "work[0].startDate", "\"2020\""));
	}

	@Test
	void typoInALongTitleStillMatchesButDatesMustBeEqual() {
		Score score = ResumeScorer.score(json("""
				{"publications": [{"name": "Neighbourhood Attention Transformer", "releaseDate": "2022"}]}"""),
				json("""
				{"publications": [{"name": "Neighborhood Attention Transformer", "releaseDate": "2023"}]}"""));
		assertThat(score.sections().get("publications")).isEqualTo(new Counts(1, 1, 1));
	}

	@Test
	void mastersAndBachelorsDoNotMatchButPhDSpellingsDo() {
		Score score = ResumeScorer.score(json("""
				{"education": [{"institution": "MIT", "studyType": "M.S."},
				               {"institution": "CMU", "studyType": "PhD"}]}"""),
				json("""
				{"education": [{"institution": "MIT", "studyType": "B.S."},
				               {"institution": "CMU", "studyType": "Ph.D."}]}"""));
		assertThat(score.sections().get("education")).isEqualTo(new Counts(3, 1, 1));
	}

	@Test
	void outOfContractKeysCountOneFalsePositivePerLeaf() {
		Score score = ResumeScorer.score(json("""
				{"basics": {"name": "Ana", "age": 30}, "interests": [{"name": "Judo", "keywords": ["ippon", ""]}]}"""),
				json("{\"basics\": {\"name\": \"Ana\"}}"));
		assertThat(score.sections().get("basics")).isEqualTo(new Counts(1, 1, 0));
		assertThat(score.sections().get("interests")).isEqualTo(new Counts(0, 2, 0));
		assertThat(score.differences()).extracting(Difference::path)
			.containsExactly("basics.age", "interests[0].name", "interests[0].keywords[]");
	}

	@Test
	void sameNamedInstitutionsPairUpByTheirOtherFields() {
		Score score = ResumeScorer.score(json("""
				{"education": [{"institution": "University of Oregon", "studyType": "M.S.", "endDate": "2019"},
				               {"institution": "University of Oregon", "studyType": "Ph.D.", "endDate": "2023"}]}"""),
				json("""
				{"education": [{"institution": "University of Oregon", "studyType": "Ph.D.", "endDate": "2023"},
				               {"institution": "University of Oregon", "studyType": "M.S.", "endDate": "2019"}]}"""));
		assertThat(score.sections().get("education")).isEqualTo(new Counts(6, 0, 0));
	}

	@Test
	void profilesPairByNetworkOrUsernameAndIgnoreUrlScheme() {
		Score score = ResumeScorer.score(json("""
				{"basics": {"profiles": [{"network": "Github", "url": "https://www.github.com/ana/"},
				                         {"network": "X", "username": "ana"}]}}"""),
				json("""
				{"basics": {"profiles": [{"network": "Twitter", "username": "ana"},
				                         {"network": "GitHub", "url": "github.com/ana"}]}}"""));
		assertThat(score.sections().get("basics")).isEqualTo(new Counts(3, 1, 1));
	}

	@Test
	void skillsScoreByKeywordWhateverTheGroupAndGroupNamesHaveTheirOwnRow() {
		Score score = ResumeScorer.score(json("""
				{"skills": [{"name": "Skills", "keywords": ["C++", "Python", "C#"]}]}"""),
				json("""
				{"skills": [{"name": "Languages", "keywords": ["Python", "C"]},
				            {"name": "Systems", "keywords": ["C++"]}]}"""));
		assertThat(score.sections().get("skills")).isEqualTo(new Counts(2, 1, 1));
		assertThat(score.sections().get("skills.name")).isEqualTo(new Counts(0, 1, 2));
	}

	@Test
	void sectionsComeInScorePyOrderWithUnknownKeysSortedLast() {
		Score score = ResumeScorer.score(json("{\"zeta\": 1, \"Alpha\": 2, \"alpha\": 3}"), json("{}"));
		assertThat(score.sections()).containsOnlyKeys("basics", "work", "education", "skills", "skills.name",
				"languages", "publications", "awards", "certificates", "projects", "teaching", "Alpha", "alpha",
				"zeta");
		assertThat(score.sections().keySet()).startsWith("basics", "work", "education", "skills", "skills.name")
			.endsWith("teaching", "Alpha", "alpha", "zeta");
	}

	@Test
	void nothingPredictedAndNothingToFindIsPerfect() {
		Counts nothing = ResumeScorer.score(json("{}"), json("{}")).overall();
		assertThat(nothing).isEqualTo(Counts.NONE);
		assertThat(nothing.precision()).isEqualTo(1.0);
		assertThat(nothing.recall()).isEqualTo(1.0);
		assertThat(nothing.f1()).isEqualTo(1.0);
	}

	@Test
	void figuresFollowScorePyWhenOneSideIsEmpty() {
		assertThat(new Counts(0, 2, 0).precision()).isEqualTo(0.0);
		assertThat(new Counts(0, 2, 0).recall()).isEqualTo(0.0);
		assertThat(new Counts(0, 0, 2).precision()).isEqualTo(0.0);
		assertThat(new Counts(3, 1, 0).f1()).isEqualTo(2 * 0.75 * 1.0 / 1.75);
		assertThat(new Counts(3, 1, 0).plus(new Counts(1, 0, 2))).isEqualTo(new Counts(4, 1, 2));
	}

	@Test
	void numbersAndListsWhereTextBelongsAreReadAsPythonPrintsThem() {
		Score score = ResumeScorer.score(json("""
				{"education": [{"institution": "MIT", "score": 3.8, "area": ["Computer", "Science"]}]}"""),
				json("""
				{"education": [{"institution": "MIT", "score": "3.8", "area": "Computer; Science"}]}"""));
		assertThat(score.sections().get("education")).isEqualTo(new Counts(3, 0, 0));
	}

	private static JsonNode json(String text) {
		return Fixtures.JSON.readTree(text);
	}

}

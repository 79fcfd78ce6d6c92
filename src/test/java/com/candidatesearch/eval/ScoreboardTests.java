package com.candidatesearch.eval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreboardTests {

	@Test
	void scoreboardPrintsWhatScorePyPrintsForAFolder() {
		assertThat(scoreboardOfPairs(false)).isEqualTo(Fixtures.text("eval/expected/scoreboard.txt"));
	}

	@Test
	void verboseScoreboardListsDifferencesAsScorePyDoes() {
		assertThat(scoreboardOfPairs(true)).isEqualTo(Fixtures.text("eval/expected/scoreboard-verbose.txt"));
	}

	@Test
	void finalLineHasThreeDecimalsOfF1PrecisionAndRecall() {
		assertThat(Scoreboard.finalLine(new Counts(7, 1, 2))).isEqualTo("overall F1 0.824 (P 0.875 R 0.778)");
		assertThat(Scoreboard.finalLine(Counts.NONE)).isEqualTo("overall F1 1.000 (P 1.000 R 1.000)");
	}

	@Test
	void figuresRoundToSixPlacesBeforeThreeAsScorePyDoes() {
		// 0.0004999996 is 0.0005 after score.py's round(x, 6), which prints as 0.001
		assertThat(Scoreboard.figure(0.0004999996)).isEqualTo("0.001");
		// an exact binary half rounds to even, as Python's formatting does
		assertThat(Scoreboard.figure(0.0625)).isEqualTo("0.062");
	}

	@Test
	void notesAndEmptySectionsShowInTheTable() {
		Scoreboard scoreboard = new Scoreboard(false);
		scoreboard.add("000", "000.pdf", "parse failed", ResumeScorer.score(Fixtures.JSON.readTree("{}"),
				Fixtures.JSON.readTree("{\"basics\": {\"name\": \"Ana\"}}")));
		assertThat(print(scoreboard)).contains(String.format("%-40s  0.000  0.000  0.000  (parse failed)\n", "000.pdf"))
			.contains("\nmicro totals over 1 files\n")
			.contains("basics             0     0     1   0.000  0.000  0.000\n")
			.contains("work               0     0     0       -      -      -\n")
			.endsWith("all                0     0     1   0.000  0.000  0.000\noverall F1 0.000 (P 0.000 R 0.000)\n");
	}

	private static String scoreboardOfPairs(boolean verbose) {
		Scoreboard scoreboard = new Scoreboard(verbose);
		ScorePyParityTests.pairs()
			.forEach((pair) -> scoreboard.add(pair, pair, null,
					ScorePyParityTests.score(Fixtures.json("eval/expected/" + pair + ".json"))));
		return print(scoreboard);
	}

	private static String print(Scoreboard scoreboard) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		scoreboard.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return bytes.toString(StandardCharsets.UTF_8);
	}

}

package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How skill lists are split into groups and keywords. */
class SkillsSectionParserTests {

	@Test
	void keepsCPlusPlusAsOneSkill() {
		assertThat(SkillsSectionParser.split("C/C++, C, C++ , C#")).containsExactly("C/C++", "C", "C++", "C#");
	}

	@Test
	void keepsParenthesesInsideOneSkill() {
		assertThat(SkillsSectionParser.split("DeepSpeed, Weights & Biases (WandB), Numpy (Pandas, SciPy)"))
			.containsExactly("DeepSpeed", "Weights & Biases (WandB)", "Numpy (Pandas, SciPy)");
	}

	@Test
	void dropsTheFullStopEndingAList() {
		assertThat(SkillsSectionParser.split("Pruning, Quantization.")).containsExactly("Pruning", "Quantization");
	}

	@Test
	void readsGroupNameBeforeColon() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(Line.text("Machine Learning: PyTorch, JAX")));
		assertThat(groups).containsExactly(new SkillGroup("Machine Learning", List.of("PyTorch", "JAX")));
	}

	@Test
	void namesAFlatListSkills() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(Line.text("Java, Kotlin; Go")));
		assertThat(groups).containsExactly(new SkillGroup("Skills", List.of("Java", "Kotlin", "Go")));
	}

	@Test
	void boldNamesOverPlainSkillsOneALineAreGroups() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(bold("Leadership"), gap("Hiring"), gap("Coaching"),
				bold("Technical"), gap("Java"), gap("Kotlin")));
		assertThat(groups).containsExactly(new SkillGroup("Leadership", List.of("Hiring", "Coaching")),
				new SkillGroup("Technical", List.of("Java", "Kotlin")));
	}

	@Test
	void aNameInBoldOverOneValueAtATimeIsNoGroup() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(bold("github.com/jdoe"), gap("linkedin.com/in/jdoe"),
				gap("jdoe.example.com")));
		assertThat(groups).extracting(SkillGroup::name).doesNotContain("github.com/jdoe");
	}

	@Test
	void aRunOfShortLinesSetApartIsAListNotGroupNames() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(gap("Kubernetes"), gap("AWS"), gap("Linux"),
				gap("Docker"), gap("Terraform")));
		assertThat(groups).containsExactly(new SkillGroup(SkillsSectionParser.FLAT,
				List.of("Kubernetes", "AWS", "Linux", "Docker", "Terraform")));
	}

	@Test
	void aPlainGroupNameAmongBoldOnesStillNamesTheListUnderIt() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(bold("Programming Languages"),
				Line.text("C, C++, Java"), gap("Other"), gap("TensorFlow, PyTorch, Git")));
		assertThat(groups).containsExactly(new SkillGroup("Programming Languages", List.of("C", "C++", "Java")),
				new SkillGroup("Other", List.of("TensorFlow", "PyTorch", "Git")));
	}

	@Test
	void smallHeadingsOfOneLevelInARowAreSkillsOfTheGroupAbove() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(heading("Cloud", 4), heading("Azure", 6),
				heading("GCP", 6), heading("OpenStack", 6)));
		assertThat(groups).containsExactly(new SkillGroup("Cloud", List.of("Azure", "GCP", "OpenStack")));
	}

	@Test
	void aLevelBetweenTheSectionsOwnHeadingAndItsSkillsNamesNoGroup() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(Line.text("Databases").withKind(Line.Kind.LABEL),
				heading("Advanced", 4), heading("Postgres", 6), heading("Redis", 6), heading("SQLite", 6)));
		assertThat(groups).containsExactly(new SkillGroup("Databases", List.of("Postgres", "Redis", "SQLite")));
	}

	@Test
	void readsItemsOverPlainLinesAsGroupsOverTheirSkills() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(item("Frontend"), Line.text("React"),
				Line.text("Tailwind CSS"), item("Backend"), Line.text("Node.js, Go")));
		assertThat(groups).containsExactly(new SkillGroup("Frontend", List.of("React", "Tailwind CSS")),
				new SkillGroup("Backend", List.of("Node.js", "Go")));
	}

	@Test
	void aSentenceUnderAnItemDescribesItAndNamesNoSkills() {
		Line first = new Line("Web Design", Line.Kind.ITEM, 0, false, List.of(), 0, true);
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(first,
				Line.text("Assertively exploit wireless initiatives rather than synergistic core competencies."),
				item("Interface Design"), Line.text("Credibly streamline mission-critical value.")));
		assertThat(groups).flatExtracting(SkillGroup::keywords).contains("Web Design", "Interface Design");
	}

	@Test
	void aNameOverItemsHeadsThemAllUpToTheNextName() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(gap("Platforms"), item("Kubernetes"), item("AWS"),
				gap("Observability"), item("Prometheus"), item("Grafana")));
		assertThat(groups).containsExactly(new SkillGroup("Platforms", List.of("Kubernetes", "AWS")),
				new SkillGroup("Observability", List.of("Prometheus", "Grafana")));
	}

	@Test
	void splitsAListOfNamesPartedBySpacesAlone() {
		assertThat(SkillsSectionParser.parse(List.of(Line.text("Web: JavaScript HTML 5 CSS LAMP REST"))))
			.containsExactly(new SkillGroup("Web", List.of("JavaScript", "HTML 5", "CSS", "LAMP", "REST")));
		assertThat(SkillsSectionParser.parse(List.of(Line.text("Leadership: Coaching new managers through their first year"))))
			.containsExactly(new SkillGroup("Leadership", List.of("Coaching new managers through their first year")));
	}

	@Test
	void readsAGroupNameInCapitalsRunIntoItsList() {
		assertThat(SkillsSectionParser.parse(List.of(Line.text("FRONTEND React, TypeScript, Vue"),
				Line.text("MACHINE LEARNING PyTorch, JAX"))))
			.containsExactly(new SkillGroup("Frontend", List.of("React", "TypeScript", "Vue")),
					new SkillGroup("Machine Learning", List.of("PyTorch", "JAX")));
		assertThat(SkillsSectionParser.parse(List.of(Line.text("MATLAB, Python, R"))))
			.containsExactly(new SkillGroup("Skills", List.of("MATLAB", "Python", "R")));
	}

	@Test
	void plainLinesNamingKindsOfSkillOverTheirSkillsNameTheGroups() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(Line.text("Frontend"), Line.text("React"),
				Line.text("TypeScript"), Line.text("Backend"), Line.text("Senior"), Line.text("Go"), Line.text("PostgreSQL"),
				Line.text("Machine Learning"), Line.text("PyTorch")));
		assertThat(groups).extracting(SkillGroup::name, SkillGroup::keywords)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Frontend", List.of("React", "TypeScript")),
					org.assertj.core.groups.Tuple.tuple("Backend", List.of("Go", "PostgreSQL")),
					org.assertj.core.groups.Tuple.tuple("Machine Learning", List.of("PyTorch")));
		assertThat(SkillsSectionParser.parse(List.of(Line.text("Testing"), Line.text("Python"), Line.text("Go"))))
			.as("one such word alone is a skill").flatExtracting(SkillGroup::keywords).contains("Testing");
	}

	@Test
	void aLevelBetweenAGroupsHeadingAndItsItemsNamesNoGroup() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(heading("Web Development", 3), Line.text("Master"),
				item("HTML"), item("CSS"), heading("Compression", 3), Line.text("Expert"), item("Mpeg"), item("MP4")));
		assertThat(groups).extracting(SkillGroup::name, SkillGroup::keywords)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Web Development", List.of("HTML", "CSS")),
					org.assertj.core.groups.Tuple.tuple("Compression", List.of("Mpeg", "MP4")));
	}

	private static Line item(String text) {
		return new Line(text, Line.Kind.ITEM, 0, false, List.of(), 0, false);
	}

	private static Line heading(String text, int level) {
		return new Line(text, Line.Kind.HEADING, level, false, List.of(), 0, true);
	}

	private static Line bold(String text) {
		return new Line(text, Line.Kind.TEXT, 0, true, List.of(text), 0, true);
	}

	private static Line gap(String text) {
		return new Line(text, Line.Kind.TEXT, 0, false, List.of(), 0, true);
	}
	@Test
	void aLevelBetweenAGroupsNameAndItsCommaListNamesNoGroup() {
		// a theme's cards: each name, level and list a paragraph of its own
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(gap("Modelling"), gap("Expert"),
				gap("Forecasting, Causal inference, Bayesian statistics"), gap("Tools"), gap("Python, R, SQL")));
		assertThat(groups).extracting(SkillGroup::name).containsExactly("Modelling", "Tools");
		assertThat(groups.get(0).keywords()).containsExactly("Forecasting", "Causal inference", "Bayesian statistics");
	}

	@Test
	void namesAndListsTakingTurnsAreGroups() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(Line.text("Frontend"),
				Line.text("React, TypeScript, Vue"), Line.text("Design"), Line.text("Figma, Design systems, Accessibility"),
				Line.text("Testing"), Line.text("Jest, Playwright")));
		assertThat(groups).extracting(SkillGroup::name).containsExactly("Frontend", "Design", "Testing");
		assertThat(groups.get(1).keywords()).containsExactly("Figma", "Design systems", "Accessibility");
	}

	@Test
	void aLineOverALevelNamesTheNextGroupThoughNoGapPartsItFromTheLastSkill() {
		// a plain-text export: blank lines around each level, none before the next group's name
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(Line.text("Web Development"), gap("Master"), gap("HTML"),
				Line.text("CSS"), Line.text("Javascript"), Line.text("Compression"), gap("Master"), gap("Mpeg"),
				Line.text("MP4"), Line.text("GIF")));
		assertThat(groups).extracting(SkillGroup::name).containsExactly("Web Development", "Compression");
		assertThat(groups).extracting(SkillGroup::keywords)
			.containsExactly(List.of("HTML", "CSS", "Javascript"), List.of("Mpeg", "MP4", "GIF"));
	}

}

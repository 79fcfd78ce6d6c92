package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Project;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How projects are read: the name apart from the role held in it, dates, description and highlights. */
class ProjectsSectionParserTests {

	@Test
	void namesTheProjectByTheLineThatIsNoRole() {
		List<Project> projects = ProjectsSectionParser.parse(List.of(Line.text("Author and Maintainer"), Line.text("pgshard"),
				Line.text("Oct 2019 - Jun 2020"), Line.text("Open-source tool for online resharding."), item("Used by three companies")));
		assertThat(projects).containsExactly(new Project("pgshard", "Open-source tool for online resharding.",
				List.of("Used by three companies"), "2019-10", "2020-06"));
	}

	@Test
	void takesTheRoleOffTheNameAndOpensAProjectAtEachNameSetAlike() {
		List<Project> projects = ProjectsSectionParser.parse(List.of(heading("Contributor, HackMyResume (2015-09 — Present)"),
				Line.text("A resume authoring tool."), heading("Creator, Blog"), Line.text("My programming blog.")));
		assertThat(projects).extracting(Project::name).containsExactly("HackMyResume", "Blog");
		assertThat(projects.get(0).startDate()).isEqualTo("2015-09");
	}

	@Test
	void keepsADeeperHeadingInsideTheProjectItDescribes() {
		List<Project> projects = ProjectsSectionParser.parse(List.of(heading("Miss Direction ∙ http://missdirection.example.com"),
				new Line("08/2016 - 08/2016", Line.Kind.HEADING, 5, false, List.of(), 0, true),
				new Line("A mapping engine that misguides you", Line.Kind.HEADING, 4, false, List.of(), 0, true),
				item("Won an award")));
		assertThat(projects).containsExactly(new Project("Miss Direction", "A mapping engine that misguides you",
				List.of("Won an award"), "2016-08", "2016-08"));
	}

	@Test
	void aLastWordThatSoundsLikeATitleIsTheNamesOwn() {
		List<Project> projects = ProjectsSectionParser.parse(List.of(heading("Senior Design: Smart Irrigation Controller"),
				heading("08/2023 - 04/2024"), item("Reduced water use by 30% in a field test")));
		assertThat(projects).extracting(Project::name).containsExactly("Senior Design: Smart Irrigation Controller");
	}

	private static Line heading(String text) {
		return new Line(text, Line.Kind.HEADING, 3, false, List.of(), 0, true);
	}

	private static Line item(String text) {
		return Line.text(text).withKind(Line.Kind.ITEM);
	}

}

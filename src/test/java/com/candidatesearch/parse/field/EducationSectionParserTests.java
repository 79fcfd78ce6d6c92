package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How an education section is read into degrees. */
class EducationSectionParserTests {

	private static Line item(String text) {
		return new Line(text, Line.Kind.ITEM, 0, false, List.of(), 0, false);
	}

	@Test
	void readsTheDegreeBeforeACommaAndTheFieldAfterIt() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("Master of Arts, Medieval History"),
				Line.text("University of Leeds"), Line.text("M.Sc., Geology"), Line.text("Lund University")));
		assertThat(education).extracting(Education::institution, Education::studyType, Education::area).containsExactly(
				org.assertj.core.groups.Tuple.tuple("University of Leeds", "Master of Arts", "Medieval History"),
				org.assertj.core.groups.Tuple.tuple("Lund University", "M.Sc.", "Geology"));
	}

	@Test
	void aSchoolWordInsideAQuotedThesisTitleNamesNoSchool() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("1997–2001"),
				Line.text("PhD - Thesis Title: “Young People in the Construction of the Virtual University”"),
				Line.text("Trinity College Dublin")));
		assertThat(education).extracting(Education::institution, Education::studyType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Trinity College Dublin", "PhD"));
	}

	@Test
	void theCollegeWithinTheUniversityIsPartOfItsNameAndExpectedLabelsNoSchool() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("University Name, College of Engineering"),
				Line.text("Expected May 2017"), Line.text("B.S. in Computer Science, GPA 4.00")));
		assertThat(education).extracting(Education::institution, Education::studyType, Education::endDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("University Name, College of Engineering", "B.S.", "2017-05"));
	}

	@Test
	void readsADegreeSetAsAListItemUnderItsSchool() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("University of West Lydaburgh"),
				item("PhD: Linguistics (Computational Linguistics)"), Line.text("Trenton University"),
				item("BA (Honours), Linguistics and Computer Science"), item("Field Methods")));
		assertThat(education).extracting(Education::institution, Education::studyType, Education::area).containsExactly(
				org.assertj.core.groups.Tuple.tuple("University of West Lydaburgh", "PhD", "Linguistics (Computational Linguistics)"),
				org.assertj.core.groups.Tuple.tuple("Trenton University", "BA (Honours)", "Linguistics and Computer Science"));
		assertThat(education.get(1).courses()).containsExactly("Field Methods");
	}

	@Test
	void readsTheDegreeBeforeASchoolAndTheFieldAfterItsCommaButKeepsACampus() {
		List<Education> education = EducationSectionParser.parse(List.of(
				Line.text("PhD Princeton University, Computer Science"), Line.text("Sept 2018 – May 2023"),
				Line.text("University of California, Berkeley"), Line.text("Sept 2014 – June 2018")));
		assertThat(education).extracting(Education::institution, Education::studyType, Education::area).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Princeton University", "PhD", "Computer Science"),
				org.assertj.core.groups.Tuple.tuple("University of California, Berkeley", null, null));
	}

	@Test
	void readsASchoolNamedWithARomanNumberAndAFieldBeforeADash() {
		List<Education> education = EducationSectionParser.parse(List.of(
				Line.text("MSc Data Science — Universidad Politécnica de Madrid (2014 – 2015)"),
				Line.text("BSc Telecommunications Engineering — Universidad Carlos III de Madrid (2010 – 2014)")));
		assertThat(education).extracting(Education::institution, Education::studyType, Education::area).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Universidad Politécnica de Madrid", "MSc", "Data Science"),
				org.assertj.core.groups.Tuple.tuple("Universidad Carlos III de Madrid", "BSc", "Telecommunications Engineering"));
	}

	@Test
	void readsDegreesNamedByTheirLettersInBusinessComputingDesignAndHealth() {
		List<Education> education = EducationSectionParser.parse(List.of(
				Line.text("National University of Singapore, B.Comp. Computer Science, 2013–2017"),
				Line.text("BBA, Finance, University of Michigan, 2009–2013"), Line.text("MPH Epidemiology, Emory University, 2015")));
		assertThat(education).extracting(Education::studyType, Education::area).containsExactly(
				org.assertj.core.groups.Tuple.tuple("B.Comp.", "Computer Science"), org.assertj.core.groups.Tuple.tuple("BBA", "Finance"),
				org.assertj.core.groups.Tuple.tuple("MPH", "Epidemiology"));
	}

	@Test
	void readsTheFieldNamedBeforeTheDegree() {
		List<Education> education = EducationSectionParser.parse(List.of(
				Line.text("Graphic Design, Bachelor of Fine Arts, Washington College of Art"), Line.text("2013 - 2017"),
				Line.text("Statistics, MSc, University of Leeds"), Line.text("2017 - 2018")));
		assertThat(education).extracting(Education::institution, Education::studyType, Education::area).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Washington College of Art", "Bachelor of Fine Arts", "Graphic Design"),
				org.assertj.core.groups.Tuple.tuple("University of Leeds", "MSc", "Statistics"));
	}

	@Test
	void readsABoldFieldBetweenTheSchoolAndADegreeNamedAlone() {
		Line field = new Line("Computer Engineering", Line.Kind.TEXT, 0, true, List.of("Computer Engineering"), 0, true);
		Line courses = new Line("Courses", Line.Kind.TEXT, 0, true, List.of("Courses"), 0, true);
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("Ohio State University"),
				Line.text("2020-08-24 — 2024-05-10"), field, Line.text("Bachelor of Science"), courses,
				item("Data Structures"), item("Embedded Systems")));
		assertThat(education).singleElement().satisfies(degree -> {
			assertThat(degree.institution()).isEqualTo("Ohio State University");
			assertThat(degree.area()).isEqualTo("Computer Engineering");
			assertThat(degree.studyType()).isEqualTo("Bachelor of Science");
			assertThat(degree.courses()).containsExactly("Data Structures", "Embedded Systems");
		});
	}

	@Test
	void readsADegreeByItsConventionalNameWithTheFieldRightAfterIt() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("Washington College of Art"),
				Line.text("01/2013 - 01/2017"), Line.text("Bachelor of Fine Arts Graphic Design")));
		assertThat(education).extracting(Education::studyType, Education::area)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Bachelor of Fine Arts", "Graphic Design"));
	}

	@Test
	void readsAPlainFieldBetweenTheSchoolAndADegreeNamedAloneWithItsSpecialisation() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("University of West Lydaburgh 2021-09 —"),
				Line.text("Linguistics (Computational Linguistics)"), Line.text("PhD"),
				Line.text("University of West Lydaburgh 2019-09 — 2021-08"), Line.text("Linguistics"), Line.text("MA")));
		assertThat(education).extracting(Education::area, Education::studyType, Education::startDate, Education::endDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Linguistics (Computational Linguistics)", "PhD", "2021-09", null),
					org.assertj.core.groups.Tuple.tuple("Linguistics", "MA", "2019-09", "2021-08"));
	}

	@Test
	void readsShortBulletsUnderADegreeAsItsCourses() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("Lund University"),
				Line.text("2011 - 2015"), item("Sedimentology"), item("Structural Geology")));
		assertThat(education.get(0).courses()).containsExactly("Sedimentology", "Structural Geology");
		List<Education> detailed = EducationSectionParser.parse(List.of(Line.text("Lund University"),
				Line.text("2011 - 2015"), item("Advisor: Prof. Anna Berg"), item("Erasmus scholarship recipient")));
		assertThat(detailed.get(0).courses()).isEmpty();
	}

	@Test
	void readsABareGradeAndDatesThatOpenEachEntry() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("2011-09-01 to 2015-06-30"),
				Line.text("Lund University"), Line.text("Bachelor of Science: Geology (3.8)"), Line.text("2015-09-01 to 2017-06-30"),
				Line.text("University of Leeds"), Line.text("Master of Science: Geophysics"), Line.text("3.9")));
		assertThat(education).extracting(Education::institution, Education::area, Education::score, Education::startDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Lund University", "Geology", "3.8", "2011-09-01"),
					org.assertj.core.groups.Tuple.tuple("University of Leeds", "Geophysics", "3.9", "2015-09-01"));
	}

	@Test
	void readsAGradeInWordsAndCoursesWhoseListMarksWereLost() {
		List<Education> education = EducationSectionParser.parse(List.of(Line.text("Northgate University"),
				Line.text("09/2015 - 09/2016"), Line.text("MSc Geology"), Line.text("Distinction"),
				Line.text("Survey Sampling"), Line.text("Applied Regression"), Line.text("Eastfield College"),
				Line.text("2012 - 2015"), Line.text("BSc Physics"), Line.text("Grade: Upper Second Class Honours")));
		assertThat(education).extracting(Education::institution, Education::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Northgate University", "Distinction"),
					org.assertj.core.groups.Tuple.tuple("Eastfield College", "Upper Second Class Honours"));
		assertThat(education.get(0).courses()).containsExactly("Survey Sampling", "Applied Regression");
		assertThat(education.get(1).courses()).isEmpty();
	}

}

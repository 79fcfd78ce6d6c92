package com.candidatesearch.parse.read;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.read.PdfWords.Word;

import static org.assertj.core.api.Assertions.assertThat;

/** How PDF pages whose text stands in more than one strand (margins, side-by-side lists) are read. */
class PdfColumnsTests {

	@Test
	void aSidebarBesideAColumnOfEntriesWithADateColumnOfItsOwnIsReadApart() {
		// laid out as a sidebar theme prints it: the entries' dates and lengths where the column
		// starts, heads and places further right, bullets indented; few rows start at the edge
		List<Word> words = new ArrayList<>();
		String[] sidebar = { "Skills", "Languages", "Go · Java · Python · SQL", "Infrastructure",
				"Kubernetes · Terraform · AWS", "Certifications", "Certified Kubernetes Developer",
				"Cloud Native Computing Foundation", "Languages", "English : Native speaker", "German : Intermediate" };
		for (int i = 0; i < sidebar.length; i++) {
			words.addAll(text(47, 120 + 30 * i, 9, false, sidebar[i]));
		}
		words.addAll(text(227, 100, 12, true, "Experience"));
		for (int job = 0; job < 3; job++) {
			float y = 115 + 110 * job;
			words.addAll(text(227, y, 9, false, "Janv. 201" + job + " - Mai 201" + (job + 1)));
			words.addAll(text(345, y, 10, true, "Senior Engineer " + job));
			words.addAll(text(227, y + 12, 9, false, "1 an 4 mois"));
			words.addAll(text(345, y + 24, 10, false, "Company Number " + job));
			words.addAll(text(457, y + 24, 10, false, "East Vena, RI"));
			words.addAll(text(227, y + 38, 10, false, "Payments platform team and its settlement services " + job));
			for (int bullet = 0; bullet < 3; bullet++) {
				words.addAll(text(247, y + 52 + 14 * bullet, 10, false, "• Redesigned the settlement pipeline part " + bullet));
			}
		}

		List<String> lines = PdfLayout.lines(words).stream().map(Line::text).toList();
		assertThat(lines).containsSequence("Skills", "Languages", "Go · Java · Python · SQL", "Infrastructure",
				"Kubernetes · Terraform · AWS", "Certifications", "Certified Kubernetes Developer",
				"Cloud Native Computing Foundation");
		assertThat(lines).doesNotContain("Cloud Native Computing Foundation Payments platform team and its settlement services 1");
	}

	@Test
	void splitsADateSetFlushRightInTheMarginFromTheTitleBesideIt() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(146, 100, 14, false, "Experience"));
		for (int entry = 0; entry < 3; entry++) {
			float y = 130 + 40 * entry;
			words.addAll(flushRight(137, y, "2019–202" + entry));
			words.addAll(text(146, y, 10, true, "Engineer, Company " + entry));
			words.addAll(text(146, y + 13, 10, false, "Built things " + entry));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("2019–2020", "Engineer, Company 0", "Built things 0", "2019–2021",
					"Engineer, Company 1");
	}

	@Test
	void readsAMarginOfHeadingsAndDatesBesideTheBlocksTheyLabel() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(60, 100, 13, false, "Work Experience"));
		String[] dates = { "2021-09-01 to Present", "2018-02-01 to 2021-08-31", "2013-05-01 to 2018-01-31" };
		for (int entry = 0; entry < 3; entry++) {
			float y = 100 + 60 * entry;
			words.addAll(text(60, y + 16, 8, true, dates[entry]));
			words.addAll(text(220, y, 10, true, "Manager at Company " + entry));
			words.addAll(text(240, y + 14, 10, false, "Led the platform group of engineers " + entry));
			words.addAll(text(240, y + 28, 10, false, "Cut the build time by half for all " + entry));
		}
		words.addAll(text(60, 300, 13, false, "Education"));
		words.addAll(text(220, 290, 10, true, "University of Somewhere"));
		words.addAll(text(240, 304, 10, false, "Bachelor of Science in Physics"));
		words.addAll(text(60, 312, 8, true, "2005-09-01 to 2009-05-01"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Work Experience", "2021-09-01 to Present", "Manager at Company 0",
					"2018-02-01 to 2021-08-31", "Manager at Company 1", "Education", "2005-09-01 to 2009-05-01",
					"University of Somewhere");
	}

	@Test
	void putsAMarginDateBesideTheTwoLineEntryItFacesWhereThePagesLinesAreSpacedWider() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(60, 86, 13, false, "Work Experience"));
		for (int job = 0; job < 6; job++) {
			// one-line jobs spaced wider than an entry's two lines: the page's usual step
			float y = 100 + 22.5f * job;
			words.addAll(text(220, y, 10, false, "Engineer at Company number " + job));
			words.addAll(text(60, y + 5, 8, true, "2010-0" + (job + 1) + " to 2011-0" + (job + 1)));
		}
		words.addAll(text(60, 240, 13, false, "Education"));
		String[] schools = { "University of West Lydaburgh", "Trenton University", "Other University" };
		String[] dates = { "2019-09 to 2021-08", "2015-09 to 2019-04" };
		for (int entry = 0; entry < 3; entry++) {
			float y = 257 + 36 * entry;
			words.addAll(text(220, y, 10, true, schools[entry]));
			words.addAll(text(240, y + 13.5f, 10, false, "Linguistics and Computer Science " + entry));
			if (entry > 0) {
				// the date set in the margin a little below its entry's first line
				words.addAll(text(60, y + 6, 8, true, dates[entry - 1]));
			}
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Education", "University of West Lydaburgh", "Linguistics and Computer Science 0",
					"2019-09 to 2021-08", "Trenton University", "Linguistics and Computer Science 1",
					"2015-09 to 2019-04", "Other University");
	}

	@Test
	void readsTwoListsSetSideBySideOneAfterTheOther() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(30, 100, 10, true, "Senior Engineer at a company of note"));
		words.addAll(text(30, 114, 10, false, "Payments team lead for settlement and all reconciliation work"));
		words.addAll(text(30, 130, 8, false, "· Redesigned the pipeline around"));
		words.addAll(text(200, 130, 8, false, "· Led the migration of services to"));
		words.addAll(text(36, 140, 8, false, "Kafka, cutting batch time"));
		words.addAll(text(206, 140, 8, false, "Kubernetes with no downtime"));
		words.addAll(text(200, 150, 8, false, "· Introduced contract testing"));
		words.addAll(text(30, 170, 10, true, "Engineer at another company"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Redesigned the pipeline around Kafka, cutting batch time",
					"Led the migration of services to Kubernetes with no downtime", "Introduced contract testing",
					"Engineer at another company");
	}

	@Test
	void readsAContactBlockBesideTheNameWithTheHeaderNotAfterTheSections() {
		List<Word> words = new ArrayList<>();
		String[] contact = { "street and number", "postcode city", "country", "+1 (234) 567 890", "john@doe.org",
				"www.johndoe.com", "github.com/jdoe" };
		for (int i = 0; i < contact.length; i++) {
			words.addAll(flushRight(440, 60 + 12 * i, contact[i]));
		}
		words.addAll(text(74, 130, 30, false, "John Doe"));
		words.addAll(text(146, 180, 14, false, "Education"));
		for (int i = 0; i < 8; i++) {
			words.addAll(text(146, 200 + 14 * i, 10, false, "Degree " + i + ", Institution, City"));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("John Doe", "street and number", "github.com/jdoe", "Education", "Degree 0, Institution, City");
	}

	@Test
	void readsContactDetailsCentredInTheFirstPagesFooterUnderTheName() {
		// moderncv's casual style: the name, the sections, then far below the contact block
		List<Word> words = new ArrayList<>();
		words.addAll(text(74, 80, 30, false, "John Doe"));
		words.addAll(text(74, 130, 14, false, "Experience"));
		for (int i = 0; i < 8; i++) {
			words.addAll(text(74, 150 + 14 * i, 10, false, "• Built part " + i + " of the settlement pipeline in Go"));
		}
		String[] footer = { "12 Main Street – 10115 Berlin – Germany", "+49 30 1234567 • john@doe.org", "www.johndoe.com" };
		for (int i = 0; i < footer.length; i++) {
			words.addAll(centred(200, 700 + 12 * i, footer[i]));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text).containsSubsequence("John Doe",
				"12 Main Street – 10115 Berlin – Germany", "www.johndoe.com", "Experience",
				"Built part 7 of the settlement pipeline in Go");
	}

	@Test
	void keepsACentredClosingLineWithoutContactDetailsWhereItStands() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(74, 80, 30, false, "John Doe"));
		words.addAll(text(74, 130, 14, false, "Experience"));
		for (int i = 0; i < 8; i++) {
			words.addAll(text(74, 150 + 14 * i, 10, false, "• Built part " + i + " of the settlement pipeline in Go"));
		}
		words.addAll(centred(200, 700, "References available on request"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text).last().isEqualTo("References available on request");
	}

	@Test
	void partsASmallLabelFromTheLargerTextSetANarrowGapAfterIt() {
		// a Europass CV: the dates in small type flush right in a label column, the title larger beside them
		List<Word> words = new ArrayList<>();
		words.addAll(text(76, 297, 9, false, "August 2002 – Present"));
		words.addAll(text(187, 297, 12, false, "Independent consultant"));
		words.addAll(text(187, 311, 9, false, "National Youth Council of Ireland"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("August 2002 – Present", "Independent consultant", "National Youth Council of Ireland");
	}

	@Test
	void readsFourBulletListsInARowUnderTheirNamesListByList() {
		// a theme's skills grid: the lists' names on one row, then the lists side by side
		List<Word> words = new ArrayList<>();
		float[] starts = { 34, 152, 261, 400 };
		String[] names = { "Platforms", "Automation", "Observability", "Programming" };
		String[][] lists = { { "Kubernetes", "AWS", "Linux" }, { "Terraform", "Ansible", "Argo CD" },
				{ "Prometheus", "Grafana", "Loki" }, { "Go", "Python", "Bash" } };
		for (int c = 0; c < 4; c++) {
			words.addAll(text(starts[c], 580, 14, false, names[c]));
			for (int r = 0; r < 3; r++) {
				words.addAll(text(starts[c] + 18, 612 + 16.5f * r, 12, false, "• " + lists[c][r]));
			}
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text).containsExactly("Platforms", "Kubernetes", "AWS", "Linux",
				"Automation", "Terraform", "Ansible", "Argo CD", "Observability", "Prometheus", "Grafana", "Loki",
				"Programming", "Go", "Python", "Bash");
	}

	@Test
	void aBulletBesideTheDatesOpensAnItemWhoseLastLineFlowsBackToTheEdge() {
		// a theme's grid: title, dates and the first bullet on one row; the bullet's last line
		// flows under the cells beside it, back at the column's edge
		List<Word> words = new ArrayList<>();
		words.addAll(text(84, 640, 11, true, "Reinhardt, Jucken und Balkow"));
		words.addAll(text(84, 664, 10.8f, false, "DevOps Engineer"));
		words.addAll(text(190, 664, 10.8f, false, "2017-04-01 - 2020-09-30"));
		words.addAll(text(342.7f, 664, 10.8f, false, "• Built the CI/CD pipelines on GitLab for"));
		words.addAll(text(354.1f, 677, 10.8f, false, "60 services, cutting release lead time"));
		words.addAll(text(84, 690, 10.8f, false, "from two weeks to a day"));
		words.addAll(text(84, 703, 10.8f, false, "• Migrated the monitoring stack from Nagios to Prometheus and Grafana"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text).containsSubsequence(
				"Built the CI/CD pipelines on GitLab for 60 services, cutting release lead time from two weeks to a day",
				"Migrated the monitoring stack from Nagios to Prometheus and Grafana");
	}

	@Test
	void readsAGridOfListsListByList() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(65, 100, 10, true, "Skills"));
		words.addAll(text(65, 120, 10, false, "Languages"));
		words.addAll(text(306, 120, 10, false, "Infrastructure"));
		String[][] items = { { "Go", "Kubernetes" }, { "Java", "Terraform" }, { "Python", "AWS" } };
		for (int i = 0; i < items.length; i++) {
			words.addAll(text(95, 134 + 12 * i, 10, false, items[i][0]));
			words.addAll(text(336, 134 + 12 * i, 10, false, items[i][1]));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Languages", "Go", "Java", "Python", "Infrastructure", "Kubernetes", "Terraform", "AWS");
	}

	@Test
	void joinsAnEmailAddressANarrowColumnBrokeMidWord() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(57, 100, 9, false, "2712 Broadway St San"));
		words.addAll(text(57, 111, 9, false, "Francisco California"));
		words.addAll(text(57, 130, 9, false, "richard.hendriks@mail.c"));
		words.addAll(text(57, 141, 9, false, "om"));
		words.addAll(text(57, 160, 9, false, "(912) 555-4321"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text).contains("richard.hendriks@mail.com");
	}

	@Test
	void keepsABoldTitleApartFromThePlainPlaceSetAfterIt() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(56, 100, 12, true, "Software Engineering Intern, Company"));
		words.addAll(text(310, 100, 12, false, "City, State"));
		words.addAll(text(56, 114, 12, false, "Built the billing service"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Software Engineering Intern, Company", "City, State", "Built the billing service");
	}

	@Test
	void takesNoGutterBeforeCellsThatShareNoEdge() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(35, 100, 14, true, "Experience"));
		words.addAll(text(364, 100, 14, true, "Strengths"));
		for (int entry = 0; entry < 4; entry++) {
			float y = 120 + 50 * entry;
			words.addAll(text(35, y, 10, false, "Engineer at Company " + entry));
			words.addAll(text(35, y + 14, 9, false, "2019 – 202" + entry));
			// the place of each entry set some way right of its dates, a different way each time
			words.addAll(text(190 + 9 * entry, y + 14, 9, false, "Berlin"));
			words.addAll(text(35, y + 28, 10, false, "Built the service " + entry));
			words.addAll(text(364, y, 10, false, "Patient listener " + entry));
			words.addAll(text(364, y + 14, 10, false, "Writes clearly and briefly " + entry));
			words.addAll(text(364, y + 28, 10, false, "Calm " + entry));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Engineer at Company 0", "2019 – 2020", "Berlin", "Built the service 0",
					"Engineer at Company 1", "Strengths", "Patient listener 0");
	}

	@Test
	void readsPlainLabelsSetFlushRightBesideTheBlocksTheyLabel() {
		List<Word> words = new ArrayList<>();
		String[] labels = { "Mother tongue", "Other languages", "Team skills", "Tools", "Driving licence", "Hobbies",
				"Memberships" };
		for (int i = 0; i < labels.length; i++) {
			float y = 100 + 50 * i;
			words.addAll(flushRight(177, y, labels[i]));
			words.addAll(text(187, y, 10, false, "The first line of what " + labels[i] + " holds, set in the text"));
			words.addAll(text(187, y + 12, 10, false, "and a second line of it " + i));
			words.addAll(text(187, y + 24, 10, false, "and a third line " + i));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Mother tongue", "and a third line 0", "Other languages", "and a third line 1", "Tools",
					"and a third line 3");
	}

	@Test
	void readsAGridOfShortListsBelowProseAsOneColumn() {
		List<Word> words = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			words.addAll(text(65, 40 + 14 * i, 10, false, "Ran the servers of a hosting company for years, on call " + i));
		}
		words.addAll(text(65, 120, 14, true, "Education"));
		words.addAll(text(65, 140, 10, false, "Some University of Applied Sciences"));
		words.addAll(text(354, 170, 14, true, "Tools"));
		words.addAll(text(354, 190, 10, false, "Cloud"));
		words.addAll(text(450, 190, 10, false, "Build"));
		String[][] items = { { "Mesos", "Make" }, { "Nomad", "Bazel" }, { "Consul", "Gradle" }, { "Vault", "Ant" } };
		for (int i = 0; i < items.length; i++) {
			words.addAll(text(384, 204 + 12 * i, 10, false, items[i][0]));
			words.addAll(text(480, 204 + 12 * i, 10, false, items[i][1]));
		}
		words.addAll(text(65, 280, 14, true, "Hobbies"));
		words.addAll(text(65, 300, 10, false, "Climbing"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Education", "Tools", "Cloud", "Mesos", "Vault", "Build", "Make", "Ant", "Hobbies");
	}

	@Test
	void joinsASectionNameThatTheMarginWrapped() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(60, 100, 13, false, "Professional Skills"));
		words.addAll(text(60, 115, 13, false, "Summary"));
		for (int i = 0; i < 4; i++) {
			words.addAll(text(220, 100 + 12 * i, 10, false, "Tools: a list of the tools, and more of them " + i));
		}
		words.addAll(text(60, 180, 13, false, "Work Experience"));
		for (int i = 0; i < 4; i++) {
			words.addAll(text(220, 180 + 12 * i, 10, false, "Built the thing that did the work, for a client " + i));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Professional Skills Summary", "Tools: a list of the tools, and more of them 0");
	}

	@Test
	void readsAContactBlockBesideTheNameBeforeTheSectionsOfBothColumns() {
		List<Word> words = new ArrayList<>();
		words.addAll(text(30, 60, 30, true, "Jane Roe"));
		words.addAll(text(30, 100, 8, false, "Researcher of many things who writes a lot about them all"));
		words.addAll(flushRight(560, 60, "+1 234 567 890"));
		words.addAll(flushRight(560, 72, "jane@roe.org"));
		words.addAll(text(30, 150, 14, false, "Experience"));
		words.addAll(flushRight(560, 150, "Skills"));
		for (int i = 0; i < 8; i++) {
			words.addAll(text(30, 170 + 12 * i, 8, false, "Did a great many things at a place for a while " + i));
			words.addAll(flushRight(560, 170 + 12 * i, "Skill number " + i));
		}

		List<String> lines = PdfLayout.lines(words).stream().map(Line::text).toList();
		assertThat(lines).containsSubsequence("Jane Roe", "jane@roe.org", "Experience");
		assertThat(indexOf(lines, "Skill number 0")).isGreaterThan(indexOf(lines, "for a while 7"));
	}

	private static int indexOf(List<String> lines, String part) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(part)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void anIndentedBulletBelowRowsOfLabelsIsNotCutAtTheirContentColumn() {
		List<Word> words = new ArrayList<>();
		String[][] skills = { { "INFRASTRUCTURE", "Kubernetes, Terraform, AWS" }, { "DATA", "PostgreSQL, Redis" },
				{ "LANGUAGES", "Java, Go, Python" } };
		for (int row = 0; row < skills.length; row++) {
			words.addAll(text(50, 100 + 20 * row, 8, false, skills[row][0]));
			words.addAll(text(144, 100 + 20 * row, 8, false, skills[row][1]));
		}
		// the bullet's first words end just left of where the skills start
		words.addAll(text(70, 200, 8, false, "• Redesigned the settlement pipeline around Kafka, cutting batch time"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.contains("Redesigned the settlement pipeline around Kafka, cutting batch time");
	}

	@Test
	void partsTheListsNamesSetCloseOnOneRowOverTwoListsSetFlushRight() {
		List<Word> words = new ArrayList<>();
		// the names a little further apart than a space, too close to be two cells
		words.addAll(text(498 - 5.5f * "Research".length(), 100, 10, false, "Research"));
		words.addAll(text(510, 100, 10, false, "Programming"));
		String[][] lists = { { "Speech recognition", "Python" }, { "Phonetics", "PyTorch" }, { "Corpus building", "Kaldi" } };
		for (int row = 0; row < lists.length; row++) {
			float y = 113 + 12 * row;
			words.addAll(text(498 - 4.4f * lists[row][0].length(), y, 8, false, lists[row][0]));
			words.addAll(text(570.5f - 4.4f * lists[row][1].length(), y, 8, false, lists[row][1]));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text).containsExactly("Research", "Speech recognition",
				"Phonetics", "Corpus building", "Programming", "Python", "PyTorch", "Kaldi");
	}

	@Test
	void readsTwoCardsOfListsSetFlushRightOneAfterTheOther() {
		List<Word> words = new ArrayList<>();
		String[][] cards = { { "Frontend", "Testing" }, { "React", "Jest" }, { "TypeScript", "Cypress" },
				{ "Svelte", "Playwright" } };
		for (int row = 0; row < cards.length; row++) {
			float size = row == 0 ? 10 : 8;
			float y = 100 + 12 * row;
			words.addAll(text(200 - 0.55f * size * cards[row][0].length(), y, size, false, cards[row][0]));
			words.addAll(text(320 - 0.55f * size * cards[row][1].length(), y, size, false, cards[row][1]));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsExactly("Frontend", "React", "TypeScript", "Svelte", "Testing", "Jest", "Cypress", "Playwright");
	}

	@Test
	void waitsForAParagraphToEndBeforeTheDatesAndPlaceSetBesideIt() {
		List<Word> words = new ArrayList<>();
		for (int entry = 0; entry < 3; entry++) {
			float y = 100 + 70 * entry;
			words.addAll(text(56, y, 10, true, "Company " + entry));
			words.addAll(flushRight(556, y, "June 2020 – Present"));
			words.addAll(text(56, y + 13, 10, false, "Led the team that rebuilt the payments platform for"));
			words.addAll(flushRight(556, y + 13, "Berlin, Germany"));
			words.addAll(text(56, y + 26, 10, false, "merchants across Europe and cut the settlement time by"));
			words.addAll(text(56, y + 39, 10, false, "half in the first year."));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Company 0", "June 2020 – Present",
					"Led the team that rebuilt the payments platform for merchants across Europe and cut the settlement time by half in the first year.",
					"Berlin, Germany", "Company 1");
	}

	@Test
	void joinsTheLengthOfTimeSetUnderTheDatesToThem() {
		List<Word> words = new ArrayList<>();
		for (int entry = 0; entry < 3; entry++) {
			float y = 100 + 60 * entry;
			words.addAll(text(56, y, 10, true, "Company " + entry));
			words.addAll(flushRight(556, y, "May 2022 – Aug 2022"));
			words.addAll(text(56, y + 13, 10, false, "Built the reporting service that the finance team ran every"));
			words.addAll(flushRight(556, y + 13, "4 months"));
			words.addAll(text(56, y + 26, 10, false, "month to close the books."));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsSubsequence("Company 0", "May 2022 – Aug 2022 (4 months)",
					"Built the reporting service that the finance team ran every month to close the books.", "Company 1");
	}

	@Test
	void joinsTheLinesOfAParagraphSetFlushRight() {
		List<Word> words = new ArrayList<>();
		String[][] certificates = { { "AWS Certified DevOps Engineer -", "Professional" }, { "Amazon Web Services" },
				{ "Certified Kubernetes Security", "Specialist (CKS)" }, { "The Linux Foundation" },
				{ "Certified Kubernetes Administrator", "(CKA)" }, { "The Linux Foundation" }, { "Kubernetes" },
				{ "AWS" } };
		float y = 100;
		for (String[] certificate : certificates) {
			for (String line : certificate) {
				words.addAll(text(568 - 0.55f * 8 * line.length(), y, 8, false, line));
				y += 10;
			}
			y += 12;
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.containsExactly("AWS Certified DevOps Engineer - Professional", "Amazon Web Services",
					"Certified Kubernetes Security Specialist (CKS)", "The Linux Foundation",
					"Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "Kubernetes", "AWS");
	}

	@Test
	void readsTwoCardsWithBoldHeadingsOneAfterTheOther() {
		List<Word> words = new ArrayList<>();
		for (int line = 0; line < 8; line++) {
			// a page of full lines above: no gutter runs down the page
			words.addAll(text(50, 20 + 10 * line, 9, false,
					"Led the platform group through two reorganisations and a migration to the cloud " + line));
		}
		words.addAll(text(50, 100, 12, false, "Education"));
		words.addAll(text(50, 130, 10.5f, true, "West Wellingtonboro School of Business"));
		words.addAll(text(308, 130, 10.5f, true, "University of Lake Genovevafort"));
		words.addAll(text(50, 146, 9, false, "Sep 2015 - Jun 2017"));
		words.addAll(text(308, 146, 9, false, "Sep 2005 - May 2009"));
		words.addAll(text(50, 158, 9, false, "MBA - Business Administration"));
		words.addAll(text(308, 158, 9, false, "Bachelor of Engineering - Software Engineering"));

		assertThat(PdfLayout.lines(words)).extracting(Line::text)
			.endsWith("Education", "West Wellingtonboro School of Business", "Sep 2015 - Jun 2017",
					"MBA - Business Administration", "University of Lake Genovevafort", "Sep 2005 - May 2009",
					"Bachelor of Engineering - Software Engineering");
	}

	@Test
	void readsATableOfBoldLabelsAndPlainValuesRowByRow() {
		List<Word> words = new ArrayList<>();
		String[][] rows = { { "Email", "jane@example.org" }, { "Phone", "+1 555 0100" }, { "Website", "jane.example.org" } };
		for (int row = 0; row < rows.length; row++) {
			words.addAll(text(50, 100 + 14 * row, 10, true, rows[row][0]));
			words.addAll(text(308, 100 + 14 * row, 10, false, rows[row][1]));
		}

		assertThat(PdfLayout.lines(words)).extracting(Line::text).first().asString().startsWith("Email");
		assertThat(PdfLayout.lines(words)).extracting(Line::text).element(1).asString().contains("jane@example.org");
	}

	private static List<Word> text(float x, float y, float size, boolean bold, String text) {
		List<Word> words = new ArrayList<>();
		float advance = 0.55f * size;
		for (String word : text.split(" ")) {
			words.add(new Word(1, x, x + advance * word.length(), y, size, bold, false, word));
			x += advance * (word.length() + 1);
		}
		return words;
	}

	private static List<Word> centred(float centre, float y, String text) {
		return text(centre - 2.75f * text.length(), y, 10, false, text);
	}

	private static List<Word> flushRight(float end, float y, String text) {
		return text(end - 5.5f * text.length(), y, 10, false, text);
	}

}

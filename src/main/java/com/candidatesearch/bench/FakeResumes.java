package com.candidatesearch.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Award;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Certificate;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Language;
import com.candidatesearch.parse.ParsedResume.Location;
import com.candidatesearch.parse.ParsedResume.Profile;
import com.candidatesearch.parse.ParsedResume.Project;
import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.ParsedResume.Teaching;
import com.candidatesearch.parse.ParsedResume.Work;
import net.datafaker.Faker;

/**
 * Invents candidates in the contract's shape: this is the gold a generated resume is scored
 * against. Candidate {@code i} depends only on the seed and {@code i}, so a corpus of 1,000 is
 * the first 1,000 of a corpus of 10,000.
 */
final class FakeResumes {

	/** Dates are counted back from a fixed year so a corpus does not change with the calendar. */
	static final int THIS_YEAR = 2025;

	private final long seed;

	private final Random random = new Random();

	private final Faker faker = new Faker(Locale.US, this.random);

	FakeResumes(long seed) {
		this.seed = seed;
	}

	ParsedResume candidate(int index) {
		this.random.setSeed(this.seed * 1_000_003L + index);
		boolean researcher = this.random.nextInt(4) == 0;
		String first = ascii(this.faker.name().firstName());
		String last = ascii(this.faker.name().lastName());
		List<Work> work = work(researcher);
		List<Education> education = education(researcher);
		String label = work.get(0).position();
		// The index keeps the contact identities of two generated namesakes apart, as two real people's are.
		String handle = (first + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + index;
		List<Profile> profiles = List.of(new Profile("GitHub", handle, "https://github.com/" + handle));
		Basics basics = new Basics(first + " " + last, label, handle + "@example.com", phone(), null,
				chance(2) ? summary(label) : null,
				new Location(ascii(this.faker.address().city()), this.faker.address().stateAbbr(), null, null, null),
				profiles);
		return new ParsedResume(basics, work, education, skills(researcher), some(3, this::language, 0, 3),
				researcher ? some(6, this::publication, 2, 8) : List.of(), some(3, this::award, 0, 2),
				some(3, this::certificate, 0, 2), some(2, this::project, 0, 3),
				researcher ? some(2, this::teaching, 1, 2) : List.of());
	}

	private List<Work> work(boolean researcher) {
		int jobs = 1 + this.random.nextInt(researcher ? 3 : 5);
		List<Work> work = new ArrayList<>();
		int endYear = THIS_YEAR;
		for (int i = 0; i < jobs; i++) {
			int years = 1 + this.random.nextInt(5);
			int startMonth = 1 + this.random.nextInt(12);
			String start = String.format("%d-%02d", endYear - years, startMonth);
			String end = i == 0 && chance(2) ? null : String.format("%d-%02d", endYear, 1 + this.random.nextInt(12));
			List<String> highlights = new ArrayList<>();
			for (int h = this.random.nextInt(5); h > 0; h--) {
				highlights.add(pick(TechVocabulary.VERBS) + " " + pick(TechVocabulary.OBJECTS) + " with "
						+ pick(skillsOf("Frameworks", "Data", "Cloud & DevOps")) + ", " + pick(TechVocabulary.OUTCOMES));
			}
			String organization = researcher && i == 0 && chance(2) ? ascii(this.faker.university().name()) : company();
			work.add(new Work(organization, pick(TechVocabulary.TITLES), ascii(this.faker.address().city()), start, end,
					null, highlights));
			endYear = endYear - years - this.random.nextInt(2);
		}
		return work;
	}

	private List<Education> education(boolean researcher) {
		List<Education> education = new ArrayList<>();
		int end = THIS_YEAR - 2 - this.random.nextInt(15);
		int degrees = researcher ? 2 + this.random.nextInt(2) : 1 + this.random.nextInt(2);
		for (int i = 0; i < degrees; i++) {
			String studyType = researcher && i == 0 ? "Ph.D." : pick(TechVocabulary.DEGREES);
			List<String> courses = chance(4) ? List.of(pick(TechVocabulary.COURSES), pick(TechVocabulary.COURSES))
					: List.of();
			education.add(new Education(ascii(this.faker.university().name()), pick(TechVocabulary.AREAS), studyType,
					String.valueOf(end - 2 - this.random.nextInt(3)), String.valueOf(end),
					chance(3) ? "3." + this.random.nextInt(10) + (chance(2) ? "/4.0" : "") : null, courses, null));
			end -= 2 + this.random.nextInt(4);
		}
		return education;
	}

	private List<SkillGroup> skills(boolean researcher) {
		List<String> groups = new ArrayList<>(TechVocabulary.SKILL_GROUPS.keySet().stream().sorted().toList());
		if (chance(3)) {
			Set<String> flat = new LinkedHashSet<>();
			for (int i = 6 + this.random.nextInt(10); i > 0; i--) {
				flat.add(pick(skillsOf(pick(groups))));
			}
			return List.of(new SkillGroup("Skills", List.copyOf(flat)));
		}
		List<SkillGroup> skills = new ArrayList<>();
		if (researcher) {
			skills.add(group("Machine Learning"));
			groups.remove("Machine Learning");
		}
		for (int i = 2 + this.random.nextInt(3); i > 0 && !groups.isEmpty(); i--) {
			skills.add(group(groups.remove(this.random.nextInt(groups.size()))));
		}
		return skills;
	}

	private SkillGroup group(String name) {
		Set<String> keywords = new LinkedHashSet<>();
		for (int i = 3 + this.random.nextInt(5); i > 0; i--) {
			keywords.add(pick(skillsOf(name)));
		}
		return new SkillGroup(name, List.copyOf(keywords));
	}

	private Language language() {
		return new Language(pick(TechVocabulary.LANGUAGES), pick(TechVocabulary.FLUENCIES));
	}

	private Publication publication() {
		String title = String.format(pick(TechVocabulary.PAPER_FORMS), pick(TechVocabulary.PAPER_TOPICS));
		int year = THIS_YEAR - this.random.nextInt(10);
		List<String> authors = new ArrayList<>();
		for (int i = 1 + this.random.nextInt(4); i > 0; i--) {
			authors.add(ascii(this.faker.name().firstName()) + " " + ascii(this.faker.name().lastName()));
		}
		return new Publication(title, pick(TechVocabulary.VENUES) + " " + year, String.valueOf(year), null, null,
				authors);
	}

	private Award award() {
		return new Award(pick(TechVocabulary.AWARDS), String.valueOf(THIS_YEAR - this.random.nextInt(12)),
				chance(2) ? company() : null, null);
	}

	private Certificate certificate() {
		String name = pick(TechVocabulary.CERTIFICATES);
		String issuer = TechVocabulary.ISSUERS.entrySet()
			.stream()
			.filter(entry -> name.contains(entry.getKey()))
			.map(java.util.Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		return new Certificate(name, String.valueOf(THIS_YEAR - this.random.nextInt(8)), issuer);
	}

	private Project project() {
		String skill = pick(skillsOf("Programming Languages"));
		String name = ascii(this.faker.app().name());
		return new Project(name, "An open-source " + pick(List.of("CLI", "library", "web app", "service")) + " in "
				+ skill + ".", List.of(), null, null);
	}

	/** A course taught: the contract names it by the course as printed, code and all, never by the role. */
	private Teaching teaching() {
		int year = THIS_YEAR - 1 - this.random.nextInt(6);
		String term = pick(List.of("Fall", "Spring", "Winter", "Summer")) + " " + year;
		String course = pick(TechVocabulary.COURSES);
		if (chance(2)) {
			course = pick(List.of("CS", "EE", "ECE", "MATH", "STAT")) + " " + (100 + this.random.nextInt(500)) + ": "
					+ course;
		}
		List<String> highlights = chance(2) ? List.of(pick(TechVocabulary.TEACHING_DUTIES)) : List.of();
		return new Teaching(course, ascii(this.faker.university().name()), term, String.valueOf(year), null,
				highlights);
	}

	/**
	 * An employer's name. Datafaker writes one name in three as "Hills, Ryan and Rau", a law
	 * firm's form that few employers of engineers have; such a name is drawn again, so that a
	 * comma in a job's head separates its parts as it does on nearly every real resume.
	 */
	private String company() {
		String name = ascii(this.faker.company().name());
		for (int tries = 0; name.contains(",") && tries < 5; tries++) {
			name = ascii(this.faker.company().name());
		}
		return name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
	}

	private String summary(String label) {
		return label + " with " + (3 + this.random.nextInt(15)) + " years of experience in "
				+ pick(skillsOf("Programming Languages")) + " and " + pick(skillsOf("Data", "Cloud & DevOps")) + ".";
	}

	private String phone() {
		return String.format("+1 %03d %03d %04d", 200 + this.random.nextInt(800), this.random.nextInt(1000),
				this.random.nextInt(10000));
	}

	private <T> List<T> some(int oneIn, java.util.function.Supplier<T> item, int min, int max) {
		if (!chance(oneIn) && min == 0) {
			return List.of();
		}
		List<T> items = new ArrayList<>();
		for (int i = min + this.random.nextInt(max - min + 1); i > 0; i--) {
			items.add(item.get());
		}
		return items;
	}

	private List<String> skillsOf(String... groups) {
		return TechVocabulary.SKILL_GROUPS.get(groups[this.random.nextInt(groups.length)]);
	}

	private boolean chance(int oneIn) {
		return this.random.nextInt(oneIn) == 0;
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	/** The fonts a PDF can embed without a font file encode Latin-1 at best; accents are folded away. */
	static String ascii(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "");
	}

}

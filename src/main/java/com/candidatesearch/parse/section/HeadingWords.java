package com.candidatesearch.parse.section;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key words that say what a heading in the author's own words announces ("Where I've
 * worked", "Open Source Projects", "Honors &amp; Awards", "$ cat experience.log"): the first
 * word of the heading that names a kind of section decides, so "Teaching Experience" is
 * teaching and "Volunteer Experience" is no job.
 */
final class HeadingWords {

	private static final Map<String, SectionKind> WORDS = new HashMap<>();

	static {
		add(SectionKind.SUMMARY, "summary", "profile", "about", "objective", "overview", "bio", "biography", "whoami",
				"introduction", "zusammenfassung", "profil", "perfil", "resumen");
		add(SectionKind.WORK, "experience", "experiences", "employment", "employments", "work", "worked", "career",
				"jobs", "positions", "appointments", "internships", "exp", "occupation", "occupations", "berufserfahrung", "erfahrung", "werdegang",
				"experiencia", "trayectoria");
		add(SectionKind.EDUCATION, "education", "educational", "degrees", "studies", "schooling", "ausbildung",
				"bildung", "studium", "formation", "formations", "etudes", "educacion", "formacion", "estudios");
		add(SectionKind.SKILLS, "skills", "skill", "skillset", "technologies", "tools", "toolbox", "toolkit", "stack",
				"competencies", "competences", "expertise", "proficiencies", "kenntnisse", "fahigkeiten", "kompetenzen",
				"habilidades", "competencias", "conocimientos", "aptitudes", "frameworks");
		add(SectionKind.LANGUAGES, "languages", "language", "sprachen", "sprachkenntnisse", "langues", "idiomas",
				"lenguas");
		add(SectionKind.PUBLICATIONS, "publications", "publication", "papers", "articles", "preprints",
				"bibliography", "veroffentlichungen", "publikationen", "publicaciones");
		add(SectionKind.AWARDS, "awards", "award", "honors", "honours", "achievements", "scholarships", "fellowships",
				"prizes", "recognition", "recognitions", "distinctions", "auszeichnungen", "preise", "prix", "recompenses",
				"premios", "reconocimientos", "logros");
		add(SectionKind.CERTIFICATES, "certificates", "certifications", "certification", "licenses", "licences",
				"trainings", "zertifikate", "zertifizierungen", "weiterbildung", "certificats", "certificaciones",
				"certificados");
		add(SectionKind.PROJECTS, "projects", "portfolio", "samples", "projekte", "projets", "proyectos");
		add(SectionKind.TEACHING, "teaching", "lehre", "enseignement", "docencia");
		add(SectionKind.OTHER, "interests", "hobbies", "volunteer", "volunteering", "references", "referees",
				"activities", "talks", "presentations", "memberships", "membership", "affiliations",
				"affiliation", "governance", "committees", "service", "outreach", "leadership", "extracurricular",
				"testimonials", "recommendations", "military", "info", "information", "profiles", "links", "social",
				"interessen", "hobbys", "interets", "loisirs", "intereses", "aficiones", "thesis", "dissertation",
				"masterarbeit", "bachelorarbeit", "diplomarbeit", "tesis", "benevolat", "ehrenamt", "voluntariado");
	}

	/**
	 * Words that change what the next key word means: "Programming Languages" are skills,
	 * "Professional Background" a career and "Academic Background" an education.
	 */
	private static final Map<String, SectionKind> QUALIFIED = Map.of("programming languages", SectionKind.SKILLS,
			"computer languages", SectionKind.SKILLS, "coding languages", SectionKind.SKILLS,
			"professional background", SectionKind.WORK, "work background", SectionKind.WORK,
			"career background", SectionKind.WORK, "academic background", SectionKind.EDUCATION,
			"educational background", SectionKind.EDUCATION, "open source", SectionKind.PROJECTS);

	/** Headings in Chinese and Japanese run their words together: a key word is found inside them. */
	private static final List<Map.Entry<String, SectionKind>> CJK = List.of(Map.entry("简介", SectionKind.SUMMARY),
			Map.entry("经验", SectionKind.WORK), Map.entry("经历", SectionKind.WORK), Map.entry("职歴", SectionKind.WORK),
			Map.entry("教育", SectionKind.EDUCATION), Map.entry("学历", SectionKind.EDUCATION),
			Map.entry("学歴", SectionKind.EDUCATION), Map.entry("技能", SectionKind.SKILLS),
			Map.entry("语言", SectionKind.LANGUAGES), Map.entry("论文", SectionKind.PUBLICATIONS),
			Map.entry("项目", SectionKind.PROJECTS), Map.entry("获奖", SectionKind.AWARDS),
			Map.entry("荣誉", SectionKind.AWARDS), Map.entry("证书", SectionKind.CERTIFICATES));

	/**
	 * The key words that name a section whatever the line looks like, so they type even a
	 * plain line ("Professional Skills Summary"); the others ("Open Source", "Tools") only
	 * type a line set as a heading.
	 */
	private static final java.util.Set<String> STRONG = java.util.Set.of("summary", "profile", "experience",
			"employment", "education", "skills", "languages", "publications", "awards", "honors", "honours",
			"certifications", "certificates", "projects", "teaching", "interests", "hobbies", "references",
			"volunteering");

	private HeadingWords() {
	}

	private static void add(SectionKind kind, String... words) {
		for (String word : words) {
			WORDS.put(word, kind);
		}
	}

	/** The kind the heading's first key word names, or {@code null} when it names none. */
	static SectionKind kindOf(String heading) {
		return kindOf(heading, false);
	}

	/**
	 * The kind the heading's first key word names, or {@code null} when it names none.
	 *
	 * @param heading the line
	 * @param plain whether the line is set as plain text, so only a word that names a section
	 * whatever its look counts
	 */
	static SectionKind kindOf(String heading, boolean plain) {
		String key = SectionKind.key(heading);
		if (key.isEmpty() || key.length() > 60) {
			return null;
		}
		for (Map.Entry<String, SectionKind> word : CJK) {
			if (!plain && key.contains(word.getKey())) {
				return word.getValue();
			}
		}
		String[] words = key.split(" ");
		for (int i = 0; i < words.length; i++) {
			if (plain) {
				if (WORDS.containsKey(words[i])) {
					return STRONG.contains(words[i]) ? WORDS.get(words[i]) : null;
				}
				continue;
			}
			if (i + 1 < words.length) {
				SectionKind qualified = QUALIFIED.get(words[i] + " " + words[i + 1]);
				if (qualified != null) {
					return qualified;
				}
			}
			SectionKind kind = WORDS.get(words[i]);
			if (kind == SectionKind.LANGUAGES && namesSkillsAfter(words, i)) {
				// "Languages and Technologies", "Languages & Tools": languages listed with tools are programming ones
				return SectionKind.SKILLS;
			}
			if (kind != null) {
				return kind;
			}
		}
		return null;
	}

	private static boolean namesSkillsAfter(String[] words, int from) {
		for (int i = from + 1; i < words.length; i++) {
			if (WORDS.get(words[i]) == SectionKind.SKILLS) {
				return true;
			}
		}
		return false;
	}

}

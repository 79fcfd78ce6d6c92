package com.candidatesearch.parse.section;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of section a resume has, each with the headings that announce it in English,
 * German, French and Spanish.
 */
public enum SectionKind {

	SUMMARY("summary", "profile", "professional summary", "career summary", "about", "about me", "objective",
			"career objective", "overview", "highlights", "summary of qualifications", "personal statement",
			"research interests", "profil", "zusammenfassung", "kurzprofil", "über mich",
			"a propos", "à propos", "perfil", "resumen", "sobre mi", "sobre mí", "objetivo"),

	WORK("experience", "work experience", "professional experience", "employment", "employment history",
			"work history", "career history", "relevant experience", "industry experience", "research experience",
			"work", "positions", "professional positions", "academic positions", "appointments", "career",
			"experience and positions", "internships", "berufserfahrung", "berufliche erfahrung", "berufspraxis",
			"praktika", "beruflicher werdegang", "werdegang", "expérience", "expérience professionnelle",
			"expériences professionnelles", "expériences", "parcours professionnel", "experiencia",
			"experiencia profesional", "experiencia laboral", "historial laboral"),

	EDUCATION("education", "academic background", "education and training", "educational background",
			"academic history", "academics", "degrees", "studies", "ausbildung", "bildung", "bildungsweg",
			"studium", "akademische ausbildung", "schulbildung", "formation", "formations", "études", "cursus",
			"parcours académique", "educación", "formación", "formación académica", "estudios"),

	SKILLS("skills", "technical skills", "core skills", "key skills", "skills and tools", "skills & tools",
			"tools", "technologies", "technical expertise", "expertise", "competencies", "core competencies",
			"skill set", "skillset", "computer skills", "programming skills", "technical proficiencies",
			"proficiencies", "technical summary", "relevant skills", "skills and interests", "kenntnisse",
			"fähigkeiten", "fachkenntnisse", "it-kenntnisse", "edv-kenntnisse", "kompetenzen", "fertigkeiten",
			"compétences", "compétences techniques", "savoir-faire", "habilidades", "competencias",
			"conocimientos", "aptitudes", "habilidades técnicas"),

	LANGUAGES("languages", "language skills", "language", "spoken languages", "language proficiency",
			"sprachen", "sprachkenntnisse", "langues", "compétences linguistiques", "idiomas", "lenguas"),

	PUBLICATIONS("publications", "selected publications", "papers", "research papers", "publications and talks",
			"journal publications", "conference publications", "peer-reviewed publications", "preprints",
			"conference papers", "journal articles", "articles", "patents and publications", "writing", "writings",
			"technical writing", "books", "blog posts",
			"veröffentlichungen", "publikationen", "publicaciones"),

	AWARDS("awards", "honors", "honours", "awards and honors", "honors and awards", "awards & honors",
			"honors & awards", "achievements", "accomplishments", "scholarships", "fellowships",
			"awards and scholarships", "grants and awards", "recognition", "distinctions", "auszeichnungen",
			"preise", "distinctions et prix", "prix", "récompenses", "premios", "reconocimientos", "logros"),

	CERTIFICATES("certificates", "certifications", "certification", "licenses", "licenses and certifications",
			"licenses & certifications", "certifications and licenses", "qualifications", "courses and certifications",
			"trainings", "training", "zertifikate", "zertifizierungen", "weiterbildung", "qualifikationen",
			"certificats", "certificaciones", "certificados"),

	PROJECTS("projects", "personal projects", "selected projects", "academic projects", "research projects",
			"side projects", "open source", "open source projects", "key projects", "projekte", "projets",
			"proyectos"),

	TEACHING("teaching", "teaching experience", "teaching assistantships", "teaching assistant",
			"courses taught", "lehre", "lehrtätigkeit", "enseignement", "docencia"),

	OTHER("interests", "hobbies", "activities", "volunteer", "volunteering", "volunteer experience", "volunteer work", "references",
			"leadership", "extracurricular activities", "service", "professional service", "memberships",
			"talks", "presentations", "invited talks", "additional information", "profiles", "links", "social",
			"social media", "social profiles", "online profiles", "elsewhere",
			"interessen", "hobbys", "centres d'intérêt", "centres d'intérêts", "intérêts", "loisirs", "intereses",
			"aficiones", "referencias", "thesis", "master thesis", "master's thesis", "masters thesis", "bachelor thesis",
			"bachelor's thesis", "phd thesis", "doctoral thesis", "dissertation", "masterarbeit", "bachelorarbeit",
			"diplomarbeit", "thèse", "mémoire", "tesis", "tesis de maestría", "bénévolat", "expérience associative",
			"expériences associatives", "engagement associatif", "vie associative", "ehrenamt", "ehrenamtliches engagement",
			"ehrenamtliche tätigkeiten", "voluntariado", "experiencia de voluntariado");

	private static final Map<String, SectionKind> BY_HEADING = new HashMap<>();

	static {
		for (SectionKind kind : values()) {
			for (String heading : kind.headings) {
				BY_HEADING.put(key(heading), kind);
			}
		}
	}

	private final List<String> headings;

	SectionKind(String... headings) {
		this.headings = List.of(headings);
	}

	/** The section a heading announces, or {@code null} when it is not a known heading. */
	public static SectionKind of(String heading) {
		// the longest heading folds to 60 characters: a line far longer is no heading, and is not folded for nothing
		if (heading.length() > 10 * 60) {
			return null;
		}
		String key = key(heading);
		if (key.isEmpty() || key.length() > 60) {
			return null;
		}
		return BY_HEADING.get(key);
	}

	/**
	 * The section a heading announces by its vocabulary or by a key word in it ("工作经验"
	 * names work by "经验"), or {@code null}.
	 */
	public static SectionKind ofWords(String heading) {
		SectionKind kind = of(heading);
		return kind != null ? kind : HeadingWords.kindOf(heading);
	}

	/** Case, accents, a trailing colon and joining punctuation folded, so spellings meet. */
	public static String key(String heading) {
		String folded = Normalizer.normalize(heading, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace('&', ' ')
			.replaceAll("\\band\\b|\\bund\\b|\\bet\\b|\\by\\b", " ")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return folded;
	}

}

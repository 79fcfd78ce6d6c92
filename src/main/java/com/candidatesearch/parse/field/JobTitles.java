package com.candidatesearch.parse.field;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words job titles are made of, to tell "NVIDIA Metropolis Intern" apart into the
 * employer and the position when the resume prints no separator between them.
 */
public final class JobTitles {

	/** Words a job title ends with. */
	private static final Set<String> HEADS = Set.of("intern", "internship", "engineer", "developer", "researcher",
			"scientist", "manager", "lead", "director", "analyst", "consultant", "assistant", "associate", "professor",
			"lecturer", "fellow", "designer", "architect", "officer", "specialist", "administrator", "coordinator",
			"technician", "head", "president", "vp", "founder", "co-founder", "cofounder", "cto", "ceo", "cfo", "coo",
			"owner", "partner", "programmer", "postdoc", "trainee", "apprentice", "editor", "writer", "teacher",
			"tutor", "instructor", "advisor", "adviser", "chair", "representative", "executive", "supervisor",
			"contractor", "freelancer", "student", "ta", "ra", "werkstudent", "praktikant", "entwickler", "ingenieur",
			"berater", "stagiaire", "ingénieur", "développeur", "chercheur", "becario", "desarrollador", "ingeniero",
			"investigador", "leiter", "volunteer", "member", "staff", "operator", "strategist", "accountant", "nurse",
			"physician", "attorney", "counsel", "clerk", "agent", "principal", "sde", "swe", "ingeniera", "ingénieure",
			"développeuse", "chercheuse", "desarrolladora", "investigadora", "entwicklerin", "ingenieurin", "doktorand",
			"doktorandin", "postdoktorand", "mitarbeiter", "mitarbeiterin", "candidate", "doctorant", "doctorante",
			"doctorando", "doctoranda",
			// further roles by their head word, from the trades and offices as much as from software
			"inspector", "auditor", "examiner", "investigator", "teller", "cashier", "receptionist", "secretary",
			"treasurer", "bookkeeper", "controller", "actuary", "underwriter", "broker", "economist", "statistician",
			"mathematician", "physicist", "chemist", "biologist", "pharmacist", "therapist", "surgeon", "dentist",
			"veterinarian", "paramedic", "midwife", "caregiver", "technologist", "hygienist", "librarian",
			"archivist", "curator", "translator", "interpreter", "journalist", "reporter", "copywriter",
			"proofreader", "illustrator", "animator", "photographer", "producer", "marketer", "recruiter",
			"estimator", "surveyor", "draftsman", "machinist", "welder", "mechanic", "electrician", "plumber",
			"waiter", "barista", "concierge", "housekeeper", "janitor", "custodian", "dispatcher", "courier",
			"trainer", "mentor", "counselor", "counsellor", "moderator", "organizer", "organiser", "ambassador",
			"delegate", "commander", "sergeant", "nco", "soldier", "lawyer", "solicitor", "barrister", "paralegal",
			"notary", "maintainer", "contributor", "committer", "creator", "co-creator", "author", "co-author",
			"evangelist", "advocate", "ninja", "guru", "hacker", "artist", "musician", "actor", "scholar", "provost",
			"rector", "registrar", "superintendent", "aide", "worker", "salesperson", "merchandiser", "entrepreneur");

	/**
	 * Titles Romance languages put first ("Ingeniera de Datos Senior", "Ingénieure logiciel
	 * embarqué"), where English ends with the head word.
	 */
	private static final Set<String> LEADING_HEADS = Set.of("ingeniero", "ingeniera", "ingénieur", "ingénieure",
			"desarrollador", "desarrolladora", "développeur", "développeuse", "investigador", "investigadora",
			"chercheur", "chercheuse", "director", "directora", "directeur", "directrice", "jefe", "jefa", "responsable",
			"chef", "analista", "consultor", "consultora", "consultant", "consultante", "gerente", "arquitecto",
			"arquitecta", "architecte", "técnico", "técnica", "profesor", "profesora", "professeur", "stagiaire",
			"becario", "becaria");

	/** German compounds end with the head ("Softwareentwickler", "Softwarearchitekt"). */
	private static final Pattern GERMAN_HEAD = Pattern.compile(".+(?:entwickler|entwicklerin|architekt|architektin|ingenieur"
			+ "|ingenieurin|berater|beraterin|leiter|leiterin|informatiker|informatikerin|wissenschaftler|manager)");

	/** Words that qualify a title ("Senior", "Research", "Ph.D."). */
	private static final Set<String> MODIFIERS = Set.of("senior", "junior", "sr", "jr", "staff", "principal", "lead",
			"chief", "head", "graduate", "undergraduate", "research", "teaching", "software", "hardware", "data",
			"machine", "learning", "deep", "ml", "ai", "full-stack", "fullstack", "frontend", "backend", "front-end",
			"back-end", "web", "mobile", "cloud", "devops", "security", "systems", "system", "product", "project",
			"program", "technical", "engineering", "summer", "winter", "visiting", "postdoctoral", "doctoral", "phd",
			"ph.d", "student", "assistant", "associate", "intern", "efficient", "computer", "science", "scientific",
			"platform", "infrastructure", "applied", "quantitative", "business", "marketing", "sales", "operations",
			"financial", "design", "qa", "test", "embedded", "electrical", "mechanical", "civil", "chemical",
			"&", "and", "/", "of", "i", "ii", "iii", "iv", "vice", "general", "managing", "executive", "co", "it",
			"network", "database", "solutions", "support", "customer", "development", "analytics", "nlp", "vision",
			"graphics", "language", "challenge", "filtering", "hpc", "ux", "ui", "game", "site", "reliability",
			"team", "technology", "medical", "clinical", "legal", "content", "communications", "office", "account",
			"part-time", "full-time", "contract", "freelance", "deputy", "acting", "interim", "adjunct", "tenured",
			"lab", "laboratory", "masters", "master's", "undergrad", "grad", "student-athlete", "algorithm", "algorithms",
			"full", "stack", "front", "back", "end");

	/** The word that joins a title to its field ("of", "in", "for", "to"). */
	private static final Pattern OF = Pattern.compile(" (?:of|in|for|to) ");

	/**
	 * "Android高级工程师", "产品经理", "ソフトウェアエンジニア": a Chinese or Japanese title ends with
	 * its head word, run together with the words before it.
	 */
	private static final Pattern HAN_TITLE = Pattern.compile(".{0,16}(?:工程师|工程師|经理|經理"
			+ "|总监|總監|主管|设计师|設計師|分析师|分析師|架构师|架構師|实习生|實習生|研究员|研究員|教授|讲师|講師|顾问|顧問|专员|助理"
			+ "|程序员|開発者|开发者|エンジニア|マネージャー|デザイナー|研究者)");

	private JobTitles() {
	}

	static boolean isHead(String token) {
		String key = key(token);
		if (key.indexOf('/') > 0 && key.indexOf('/') < key.length() - 1) {
			// "CEO/President", "Engineer/Analyst": two titles held at once
			String[] held = key.split("/");
			return isHead(held[0]) && isHead(held[held.length - 1]);
		}
		return HEADS.contains(key) || GERMAN_HEAD.matcher(key).matches();
	}

	static boolean isTitleWord(String token) {
		String key = key(token);
		return HEADS.contains(key) || MODIFIERS.contains(key);
	}

	/** A level after a title: a roman or plain number, or a level code, bracketed or not. */
	private static final Pattern LEVEL = Pattern.compile("(?<=\\p{L})\\s+\\(?(?:I{1,3}|IV|V|[1-9]|L[1-9]|E[1-9]|P[1-9])\\)?$");


	/** Whether the text reads as a job title: it ends with a title word. */
	public static boolean looksLikeTitle(String text) {
		if (HAN_TITLE.matcher(text.strip()).matches()) {
			return true;
		}
		// "Software Engineer II", "Engineer 3", "Data Scientist (L5)": a level after the title's head
		String[] tokens = LEVEL.matcher(text.strip()).replaceFirst("").split("\\s+");
		if (tokens.length == 0 || tokens.length > 8) {
			return false;
		}
		if (isHead(tokens[tokens.length - 1]) || (tokens.length <= 6 && LEADING_HEADS.contains(key(tokens[0])))) {
			return true;
		}
		// "Director of Engineering", "Head of Platform", "Lecturer in Physics", "Associate for Research"
		Matcher of = OF.matcher(text);
		return of.find() && of.start() > 0 && looksLikeTitle(text.substring(0, of.start()));
	}

	private static String key(String token) {
		return token.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}&/]+|[^\\p{L}&']+$", "").replace("’", "'");
	}

}

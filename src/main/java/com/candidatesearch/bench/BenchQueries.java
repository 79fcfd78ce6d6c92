package com.candidatesearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.candidatesearch.parse.ParsedResume;

/**
 * The fixed mix of queries the search figures are measured on: every construct of the query
 * language (words, phrases, AND/OR/NOT/-, prefixes, every field scope, experience and year
 * ranges, synonyms, {@code C++}, {@code C#} and {@code .NET}), filled with skills, titles and
 * venues from the vocabulary and with names, employers, schools and cities of the first
 * generated candidates, so that most queries find someone at every corpus size.
 */
final class BenchQueries {

	static final int COUNT = 240;

	private static final List<String> TEMPLATES = List.of("{skill}", "{skill} {skill}", "\"{phrase}\"",
			"{skill} AND {skill}", "{skill} OR {skill}", "{skill} AND NOT {skill}", "{skill} -{skill}",
			"({skill} OR {skill}) {skill}", "{prefix}*", "skill:{skill}", "title:\"{title}\"", "title:{word}",
			"employer:\"{employer}\"", "company:{employerWord}", "school:\"{school}\"", "degree:{degree}",
			"publication:\"{topic}\"", "venue:{venue}", "author:{last}", "name:\"{name}\"", "location:{city}",
			"language:{language}", "cert:{cert}", "{skill} experience:>={years}", "experience:<{years} {skill}",
			"skill:{skill} experience:>={years}", "year:{from}..{to} venue:{venue}", "year:{from} {topicWord}",
			"{synonym}", "skill:{synonym}", "{tricky}", "skill:{tricky} {skill}", "\"{title}\" {skill}",
			"{title} NOT intern");

	private static final List<String> SYNONYMS = List.of("js", "ml", "k8s", "golang", "postgres", "ts", "nlp",
			"cv", "dl", "aws", "gcp", "react.js", "nodejs", "tf", "sre");

	private static final List<String> TRICKY = List.of("C++", "C#", ".NET", "F#", "Node.js", "Objective-C",
			"ASP.NET Core", "CI/CD");

	private BenchQueries() {
	}

	/** The mix, the same for every run and corpus size. */
	static List<String> mix(List<ParsedResume> known) {
		Random random = new Random(7);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String query = TEMPLATES.get(i % TEMPLATES.size());
			ParsedResume someone = known.get(random.nextInt(known.size()));
			while (query.contains("{")) {
				int start = query.indexOf('{');
				int end = query.indexOf('}', start);
				query = query.substring(0, start) + fill(query.substring(start + 1, end), someone, random)
						+ query.substring(end + 1);
			}
			queries.add(query);
		}
		return queries;
	}

	private static String fill(String slot, ParsedResume someone, Random random) {
		List<String> skills = TechVocabulary.SKILL_GROUPS.values().stream().flatMap(List::stream).sorted().toList();
		return switch (slot) {
			case "skill" -> quoteIfSpaced(pick(skills, random));
			case "phrase" -> pick(List.of("machine learning", "computer vision", "spring boot", "deep learning",
					"natural language processing", "react native", "data pipeline", "distributed systems"), random);
			case "prefix" -> pick(List.of("pyto", "kube", "tensor", "post", "java", "micro", "data", "reac"), random);
			case "title" -> pick(TechVocabulary.TITLES, random);
			case "word" -> pick(List.of("engineer", "scientist", "manager", "architect", "developer", "lead"), random);
			case "employer" -> someone.work().get(0).name();
			case "employerWord" -> firstWord(someone.work().get(someone.work().size() - 1).name());
			case "school" -> someone.education().get(0).institution();
			case "degree" -> pick(List.of("Ph.D.", "M.S.", "MBA", "B.Sc.", "bachelor", "master"), random);
			case "topic" -> pick(TechVocabulary.PAPER_TOPICS, random);
			case "topicWord" -> firstWord(pick(TechVocabulary.PAPER_TOPICS, random));
			case "venue" -> pick(TechVocabulary.VENUES.subList(0, 25), random);
			case "last" -> someone.name().substring(someone.name().lastIndexOf(' ') + 1);
			case "name" -> someone.name();
			case "city" -> firstWord(someone.basics().location().city());
			case "language" -> pick(TechVocabulary.LANGUAGES, random);
			case "cert" -> pick(List.of("AWS", "Kubernetes", "CISSP", "PMP", "Terraform", "Azure"), random);
			case "years" -> String.valueOf(1 + random.nextInt(12));
			case "from" -> String.valueOf(2016 + random.nextInt(5));
			case "to" -> String.valueOf(2021 + random.nextInt(5));
			case "synonym" -> pick(SYNONYMS, random);
			case "tricky" -> quoteIfSpaced(pick(TRICKY, random));
			default -> throw new IllegalArgumentException("no slot " + slot);
		};
	}

	private static String quoteIfSpaced(String text) {
		return text.contains(" ") ? "\"" + text + "\"" : text;
	}

	private static String firstWord(String text) {
		return text.split("[ ,-]")[0].toLowerCase(Locale.ROOT);
	}

	private static <T> T pick(List<T> items, Random random) {
		return items.get(random.nextInt(items.size()));
	}

}

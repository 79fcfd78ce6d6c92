package com.candidatesearch.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.FoldedText;
import com.candidatesearch.parse.ParsedResume;

/**
 * What tells one person from another in a resume: the keys that name one person (e-mail
 * addresses, a phone number, GitHub, LinkedIn, ORCID and Google Scholar identities, the surname
 * with the first initial), and what the resume is about (employers, schools, publication titles,
 * skills), folded so that spelling differences of case, accents and punctuation do not count.
 *
 * @param name the printed name read as given names and surname, or {@code null}
 * @param keys lookup keys such as {@code email:ada@example.org}, {@code phone:550100123},
 * {@code github:ada}, {@code name:lovelace a}
 * @param employers the employers, folded
 * @param schools the schools, folded
 * @param publications the publication titles, folded
 * @param skills the skills, folded
 */
public record Identity(PersonName name, Set<String> keys, Set<String> employers, Set<String> schools,
		Set<String> publications, Set<String> skills) {

	/** The most keys one resume gives, however many addresses it prints. */
	static final int MAX_KEYS = 20;

	/** The prefix of the key that names a surname with its first initial, which alone never decides. */
	public static final String NAME = "name:";

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}.-]{1,190}\\.\\p{L}{2,24}");

	private static final int MAX_KEY_LENGTH = 250;

	public Identity {
		keys = Set.copyOf(keys);
		employers = Set.copyOf(employers);
		schools = Set.copyOf(schools);
		publications = Set.copyOf(publications);
		skills = Set.copyOf(skills);
	}

	/** The identity of a parsed resume; the extracted text adds addresses and profiles the parse left out. */
	public static Identity of(ParsedResume resume, String text) {
		ParsedResume.Basics basics = resume.basics();
		Set<String> keys = new LinkedHashSet<>();
		emails(basics.email(), keys);
		String phone = PhoneNumbers.key(basics.phone());
		if (phone != null) {
			keys.add("phone:" + phone);
		}
		OnlineProfiles.keysIn(basics.url(), keys);
		basics.profiles().forEach(profile -> OnlineProfiles.keyOf(profile, keys));
		// Only the head of a long text: contact details sit at the top, and the scan stays cheap.
		String head = text == null ? "" : text.substring(0, Math.min(text.length(), 20_000));
		emails(head, keys);
		OnlineProfiles.keysIn(head, keys);
		PersonName name = PersonName.of(basics.name());
		if (name != null && name.key() != null) {
			keys.add(NAME + name.key());
		}
		keys.removeIf(key -> key.length() > MAX_KEY_LENGTH);
		return new Identity(name, keys, folded(resume.work(), ParsedResume.Work::name, true),
				folded(resume.education(), ParsedResume.Education::institution, true),
				folded(resume.publications(), ParsedResume.Publication::name, false),
				folded(resume.allSkills(), Function.identity(), false));
	}

	/** The same person with more keys, e.g. those of earlier versions of the resume. */
	public Identity withKeys(Collection<String> more) {
		Set<String> all = new LinkedHashSet<>(this.keys);
		all.addAll(more);
		return new Identity(this.name, all, this.employers, this.schools, this.publications, this.skills);
	}

	/** The keys that name one person alone, without the name key. */
	Set<String> exactKeys() {
		Set<String> exact = new LinkedHashSet<>(this.keys);
		exact.removeIf(key -> key.startsWith(NAME));
		return exact;
	}

	private static void emails(String text, Set<String> keys) {
		if (text == null) {
			return;
		}
		Matcher matcher = EMAIL.matcher(text);
		while (keys.size() < MAX_KEYS && matcher.find()) {
			keys.add("email:" + matcher.group().toLowerCase(Locale.ROOT));
		}
	}

	private static <T> Set<String> folded(List<T> items, Function<T, String> value, boolean organization) {
		Set<String> folded = new LinkedHashSet<>();
		for (T item : items) {
			String text = value.apply(item);
			if (text != null) {
				String key = organization ? organization(text) : FoldedText.of(text).replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
				if (!key.isEmpty()) {
					folded.add(key);
				}
			}
		}
		return folded;
	}

	/** An employer or school without punctuation, a parenthesised place, or a legal form: "Acme, Inc." is "acme". */
	static String organization(String printed) {
		String text = FoldedText.of(printed).replaceAll("\\(.*?\\)", " ");
		text = text.replaceAll("[^\\p{L}\\p{N}&]+", " ").strip();
		return text.replaceAll("\\s+(inc|ltd|llc|gmbh|ag|corp|corporation|co|plc|sa|bv)$", "").strip();
	}

}

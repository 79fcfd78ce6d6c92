package com.candidatesearch.identity;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.FoldedText;

/**
 * A person's name as printed, read as given names and a surname: "John A. Smith", "J. Smith"
 * and "Smith, John" are all given name "john" (or the initial "j") and surname "smith".
 *
 * @param printed the name as the resume prints it
 * @param given the given names, folded (accents dropped, lower case), middle names included
 * @param surname the surname, folded; {@code null} when the name has fewer than two words
 */
public record PersonName(String printed, List<String> given, String surname) {

	public PersonName {
		given = List.copyOf(given);
	}

	/** Reads a printed name; {@code null} when there is none. */
	public static PersonName of(String printed) {
		if (printed == null || printed.isBlank()) {
			return null;
		}
		String text = printed.strip();
		int comma = text.indexOf(',');
		// "Smith, John" puts the surname first; "John Smith, PhD" does not, so only a one-word part before
		// the comma counts as a surname.
		if (comma > 0 && words(text.substring(0, comma)).size() == 1) {
			text = text.substring(comma + 1) + " " + text.substring(0, comma);
		}
		List<String> words = words(text);
		if (words.size() < 2) {
			return new PersonName(printed.strip(), words, null);
		}
		return new PersonName(printed.strip(), words.subList(0, words.size() - 1), words.get(words.size() - 1));
	}

	/** The key a lookup finds this name by: surname and first initial, "smith j"; {@code null} without both. */
	public String key() {
		return this.surname == null || this.given.isEmpty() ? null : this.surname + " " + this.given.get(0).charAt(0);
	}

	/**
	 * Whether both names may be one person: same surname, and the first given names agree as far
	 * as both are printed ("J." agrees with "John"; "Jon" does not). Middle names are ignored.
	 */
	public boolean compatibleWith(PersonName other) {
		if (this.surname == null || other.surname == null || this.given.isEmpty() || other.given.isEmpty()
				|| !this.surname.equals(other.surname)) {
			return false;
		}
		String mine = this.given.get(0);
		String theirs = other.given.get(0);
		if (mine.length() == 1 || theirs.length() == 1) {
			return mine.charAt(0) == theirs.charAt(0);
		}
		return mine.equals(theirs);
	}

	/** Whether both are printed alike once folded: "José Núñez" and "jose nunez". */
	public boolean sameAs(PersonName other) {
		return this.surname != null && this.surname.equals(other.surname) && this.given.equals(other.given);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : FoldedText.of(text).split("[^\\p{L}]+")) {
			if (!word.isEmpty() && !TITLES.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** Titles and suffixes printed beside a name that are no part of it. */
	private static final List<String> TITLES = List.of("dr", "prof", "mr", "mrs", "ms", "phd", "jr", "sr", "ii",
			"iii", "msc", "mba", "md");

}

package com.candidatesearch.identity;

/**
 * Phone numbers compared by their last nine digits, so "+1 (555) 010-0123" and "555.010.0123",
 * or "+44 20 7946 0958" and "020 7946 0958", are one number whether or not the country code or a
 * trunk zero is printed. Nine digits is the shortest national number of most countries; a
 * number with fewer digits is too short to tell people apart and gives no key. A library such as
 * libphonenumber would need the country, which a resume rarely states.
 */
final class PhoneNumbers {

	static final int DIGITS = 9;

	private PhoneNumbers() {
	}

	/** The number's key, or {@code null} when it has fewer than nine digits. */
	static String key(String printed) {
		if (printed == null) {
			return null;
		}
		// An extension ("x 12", "ext. 12") is not part of the number.
		String number = printed.split("(?i)\\s*(?:ext\\.?|x|#)\\s*\\d", 2)[0];
		String digits = number.replaceAll("\\D", "");
		if (digits.length() < DIGITS || digits.length() > 15) {
			return null;
		}
		return digits.substring(digits.length() - DIGITS);
	}

}

package com.candidatesearch.eval;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The few Python {@code str} and {@code unicodedata} answers the score needs that Java does not
 * give directly: white space as {@code str.isspace}, {@code str.casefold}, and whether a
 * character combines. Java 17 knows Unicode 13, Python 3.11 Unicode 14; characters new in 14
 * are unassigned here, so they fold to a space where score.py keeps them.
 */
final class UnicodeFolding {

	/**
	 * Where {@code str.casefold()} differs from {@link Character#toLowerCase(int)}, besides the
	 * Cherokee ranges: generated from Python 3.11 by comparing both for every code point.
	 */
	private static final String FOLDS = """
			B5=3BC DF=73+73 130=69+307 149=2BC+6E 17F=73 1F0=6A+30C 345=3B9 390=3B9+308+301 3B0=3C5+308+301
			3C2=3C3 3D0=3B2 3D1=3B8 3D5=3C6 3D6=3C0 3F0=3BA 3F1=3C1 3F5=3B5 587=565+582 1C80=432 1C81=434
			1C82=43E 1C83=441 1C84=442 1C85=442 1C86=44A 1C87=463 1C88=A64B 1E96=68+331 1E97=74+308 1E98=77+30A
			1E99=79+30A 1E9A=61+2BE 1E9B=1E61 1E9E=73+73 1F50=3C5+313 1F52=3C5+313+300 1F54=3C5+313+301
			1F56=3C5+313+342 1F80=1F00+3B9 1F81=1F01+3B9 1F82=1F02+3B9 1F83=1F03+3B9 1F84=1F04+3B9 1F85=1F05+3B9
			1F86=1F06+3B9 1F87=1F07+3B9 1F88=1F00+3B9 1F89=1F01+3B9 1F8A=1F02+3B9 1F8B=1F03+3B9 1F8C=1F04+3B9
			1F8D=1F05+3B9 1F8E=1F06+3B9 1F8F=1F07+3B9 1F90=1F20+3B9 1F91=1F21+3B9 1F92=1F22+3B9 1F93=1F23+3B9
			1F94=1F24+3B9 1F95=1F25+3B9 1F96=1F26+3B9 1F97=1F27+3B9 1F98=1F20+3B9 1F99=1F21+3B9 1F9A=1F22+3B9
			1F9B=1F23+3B9 1F9C=1F24+3B9 1F9D=1F25+3B9 1F9E=1F26+3B9 1F9F=1F27+3B9 1FA0=1F60+3B9 1FA1=1F61+3B9
			1FA2=1F62+3B9 1FA3=1F63+3B9 1FA4=1F64+3B9 1FA5=1F65+3B9 1FA6=1F66+3B9 1FA7=1F67+3B9 1FA8=1F60+3B9
			1FA9=1F61+3B9 1FAA=1F62+3B9 1FAB=1F63+3B9 1FAC=1F64+3B9 1FAD=1F65+3B9 1FAE=1F66+3B9 1FAF=1F67+3B9
			1FB2=1F70+3B9 1FB3=3B1+3B9 1FB4=3AC+3B9 1FB6=3B1+342 1FB7=3B1+342+3B9 1FBC=3B1+3B9 1FBE=3B9
			1FC2=1F74+3B9 1FC3=3B7+3B9 1FC4=3AE+3B9 1FC6=3B7+342 1FC7=3B7+342+3B9 1FCC=3B7+3B9 1FD2=3B9+308+300
			1FD3=3B9+308+301 1FD6=3B9+342 1FD7=3B9+308+342 1FE2=3C5+308+300 1FE3=3C5+308+301 1FE4=3C1+313
			1FE6=3C5+342 1FE7=3C5+308+342 1FF2=1F7C+3B9 1FF3=3C9+3B9 1FF4=3CE+3B9 1FF6=3C9+342 1FF7=3C9+342+3B9
			1FFC=3C9+3B9 FB00=66+66 FB01=66+69 FB02=66+6C FB03=66+66+69 FB04=66+66+6C FB05=73+74 FB06=73+74
			FB13=574+576 FB14=574+565 FB15=574+56B FB16=57E+576 FB17=574+56D
			""";

	private static final Map<Integer, String> SPECIAL_FOLDS = folds();

	private static final BitSet COMBINING = combiningMarks();

	private UnicodeFolding() {
	}

	/** Python's {@code str.isspace()} for one code point (it counts U+001C..U+001F, Java does not). */
	static boolean isSpace(int codePoint) {
		return (codePoint >= 0x09 && codePoint <= 0x0D) || (codePoint >= 0x1C && codePoint <= 0x20)
				|| codePoint == 0x85 || codePoint == 0xA0 || codePoint == 0x1680
				|| (codePoint >= 0x2000 && codePoint <= 0x200A) || codePoint == 0x2028 || codePoint == 0x2029
				|| codePoint == 0x202F || codePoint == 0x205F || codePoint == 0x3000;
	}

	/** Python's {@code str.strip()}. */
	static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	/** Python's {@code str.casefold()}: full case folding, so "Straße" and "STRASSE" agree. */
	static String casefold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> {
			String special = SPECIAL_FOLDS.get(codePoint);
			if (special != null) {
				folded.append(special);
			}
			else {
				folded.appendCodePoint(foldCodePoint(codePoint));
			}
		});
		return folded.toString();
	}

	/** Cherokee folds to its capitals, which Unicode made the stable case; Java lowercases them. */
	private static int foldCodePoint(int codePoint) {
		if (codePoint >= 0x13A0 && codePoint <= 0x13F5) {
			return codePoint;
		}
		if (codePoint >= 0x13F8 && codePoint <= 0x13FD) {
			return codePoint - 8;
		}
		if (codePoint >= 0xAB70 && codePoint <= 0xABBF) {
			return codePoint - 0x97D0;
		}
		return Character.toLowerCase(codePoint);
	}

	/**
	 * Python's {@code unicodedata.combining(ch) != 0}, for characters of text already in NFKD
	 * (the only place the score asks): Java exposes no combining class, so it is read off the
	 * canonical reordering of NFD.
	 */
	static boolean isCombining(int codePoint) {
		return COMBINING.get(codePoint);
	}

	/** True for Unicode letters and numbers, which is exactly Python's {@code str.isalnum()}. */
	static boolean isAlphanumeric(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> false;
		};
	}

	/** True for the Unicode categories P*, S*, Z* and C* (unassigned included). */
	static boolean isPunctuationSymbolSeparatorOrOther(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
					Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK ->
				false;
			default -> true;
		};
	}

	private static Map<Integer, String> folds() {
		Map<Integer, String> folds = new HashMap<>();
		for (String entry : FOLDS.split("\\s+")) {
			if (entry.isEmpty()) {
				continue;
			}
			int equals = entry.indexOf('=');
			StringBuilder folded = new StringBuilder();
			for (String codePoint : entry.substring(equals + 1).split("\\+")) {
				folded.appendCodePoint(Integer.parseInt(codePoint, 16));
			}
			folds.put(Integer.parseInt(entry.substring(0, equals), 16), folded.toString());
		}
		return Map.copyOf(folds);
	}

	/**
	 * Marks with a non-zero combining class. NFD moves a mark of class c before a mark of a
	 * lower non-zero class that follows it: a mark before U+0334 (class 1) moves unless its
	 * class is 0 or 1, and U+0345 (class 240, the highest) moves after it unless its class is
	 * 0 or 240.
	 */
	private static BitSet combiningMarks() {
		BitSet marks = new BitSet(Character.MAX_CODE_POINT + 1);
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			int type = Character.getType(codePoint);
			if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
				continue;
			}
			String mark = Character.toString(codePoint);
			if (!Normalizer.isNormalized(mark, Normalizer.Form.NFD)) {
				continue;
			}
			String afterHighest = "a\u0345" + mark;
			String beforeLowest = "a" + mark + "\u0334";
			if (!Normalizer.normalize(afterHighest, Normalizer.Form.NFD).equals(afterHighest)
					|| !Normalizer.normalize(beforeLowest, Normalizer.Form.NFD).equals(beforeLowest)) {
				marks.set(codePoint);
			}
		}
		return marks;
	}

}

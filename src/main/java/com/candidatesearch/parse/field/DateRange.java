package com.candidatesearch.parse.field;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time as a resume prints it, with dates as precise as printed ({@code YYYY-MM} or
 * {@code YYYY}); no end means "Present" or a single date.
 *
 * @param start the first date, or {@code null}
 * @param end the last date, or {@code null} when open or single
 * @param ongoing whether the resume says "Present", "Current" or the like
 * @param term the words of a season or academic term as printed ("Winter 2025"), or {@code null}
 * @param from where the range starts in the text it was found in
 * @param to where the range ends in that text
 */
public record DateRange(String start, String end, boolean ongoing, String term, int from, int to) {

	private static final String MONTH = "(jan(?:uary|uari|uar|vier|v)?|ene(?:ro)?|feb(?:ruary|ruari|ruar|rero)?|f[eé]vr?(?:ier)?|mar(?:ch|s|zo|et)?|maart|m[aä]rz"
			+ "|apr(?:il)?|avr(?:il)?|abr(?:il)?|may(?:o)?|mai|mei|june?|juni|juin|jun(?:io)?|july?|juli|juil(?:let)?|jul(?:io)?"
			+ "|aug(?:ust(?:us)?)?|ao[uû]t|ago(?:sto)?|agu(?:stus)?|agt|sept?(?:ember|embre|iembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?"
			+ "|nov(?:ember|embre|iembre)?|dec(?:ember|embre)?|d[eé]c(?:embre)?|dez(?:ember)?|dic(?:iembre)?|des(?:ember)?)\\.?";

	private static final String SEASON = "(winter|spring|summer|fall|autumn|wintersemester|sommersemester|ws|ss|q[1-4])";

	private static final String YEAR = "((?:19|20)\\d{2})";

	private static final String PRESENT = "(present|current|currently|now|today|to date|ongoing|heute|jetzt|aujourd['’]hui"
			+ "|actuel|actualidad|presente|actual|till\\s+(?:date|now|today)|until\\s+(?:now|today)|up\\s+to\\s+now|continuing"
			// Chinese and Japanese: "今" in "至今" (until now), "现在" / "現在" (now)
			+ "|现在|現在|今)";

	/** A length of time: "3 years 7 months", "2 yrs", "11 mos", "1 an 3 mois", "2 Jahre". */
	private static final String SPAN = "\\d{1,2}\\+?\\s?(?:years?|yrs?|months?|mos?|ans?|mois|jahre?n?|monate?n?|años|meses)\\b"
			+ "(?:\\s{0,3}(?:and\\s{1,3})?\\d{1,2}\\s?(?:months?|mos?|mois|monate?n?|meses)\\b)?";

	/**
	 * The length of time some templates and LinkedIn's export print after a range ("· 3 yrs 7 mos",
	 * "(2 years)"), or run into its last year ("Aug, 20213 years"): read as part of the range, so
	 * that a line of dates and their length is still a line of dates.
	 */
	private static final Pattern SPAN_AFTER = Pattern.compile("(?iu)\\s{0,3}[·•,(-]?\\s{0,3}" + SPAN + "\\)?");

	/** The day between a month and its year ("Dec 01, 2022", "March 3rd 2021"): dates keep the month. */
	private static final String DAY = "(?:\\s\\d{1,2}(?:st|nd|rd|th)?(?=,?\\s))?";

	/*
	 * A date starts where no letter or figure stands before it, save a Chinese or Japanese
	 * character: those scripts put no space between words ("2010年至2012年"), and a year
	 * may be followed by "年" (year).
	 */
	private static final Pattern ATOM = Pattern.compile("(?iu)(?<![\\p{L}\\d&&[^\\p{IsHan}]])(?:" + MONTH + DAY + "\\s*,?\\s*" + YEAR + "|"
			+ SEASON + "\\s+(?:term\\s+|semester\\s+|quarter\\s+)?" + YEAR + "|(\\d{1,2})[/.]" + YEAR + "|" + YEAR
			+ "[-/.](\\d{1,2})(?![\\d/.-])|" + YEAR + "(?!-\\d{2}-\\d{2})|" + MONTH + "(?=\\s*(?:-|–|—|to|until)\\s*" + MONTH + ")|"
			+ PRESENT + "|" + YEAR + "-(\\d{2})-(\\d{2})|" + MONTH + "\\s*['’](\\d{2}))(?:(?![\\p{L}\\d])|(?=年)|(?=" + SPAN + "))");

	/** "年3月" after a year: its month, as Chinese and Japanese print it ("2012年3月"). */
	private static final Pattern HAN_MONTH = Pattern.compile("年\\s?(\\d{1,2})月");

	/** "2015–17": the end year cut to its last two digits. */
	private static final Pattern SHORT_RANGE = Pattern.compile("(?<![\\p{L}\\d])" + YEAR + "\\s*[-–—]\\s*(\\d{2})(?![\\d/.:\\p{L}]|-\\d)");

	/** "10/18 – 06/19", "03/21 - Present": months with two-digit years, read only as a range of them. */
	private static final Pattern SHORT_MONTHS = Pattern.compile("(?iu)(?<![\\d/.])(0?[1-9]|1[0-2])/(\\d{2})\\s*[-–—]\\s*"
			+ "(?:(0?[1-9]|1[0-2])/(\\d{2})(?![\\d/.])|" + PRESENT + "(?![\\p{L}]))");

	private static final Pattern SEPARATOR = Pattern.compile("(?iu)\\s*(?:-+|–|—|to|until|till|bis|au|à|a|hasta|&|and|/|-?>|→|~|～"
			// "2010年至2012年", "2012年至今": "至" or "到" (to) after the year's "年"
			+ "|[至到])\\s*");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("ene", 1), Map.entry("feb", 2),
			Map.entry("fev", 2), Map.entry("mar", 3), Map.entry("mae", 3), Map.entry("apr", 4), Map.entry("avr", 4),
			Map.entry("abr", 4), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("jui", 7),
			Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("aou", 8), Map.entry("ago", 8), Map.entry("sep", 9),
			Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12),
			Map.entry("dez", 12), Map.entry("dic", 12), Map.entry("mei", 5), Map.entry("agu", 8), Map.entry("agt", 8),
			Map.entry("des", 12), Map.entry("maa", 3));

	/**
	 * A template's stand-in for a date ("YYYY", "Month YYYY", "20XX", "MM/YYYY"), or "year"
	 * and "Month Year", which only count in a range ("year–year") or after a month word.
	 */
	private static final String STAND_IN = "(?:(?:month|mon|mmm|mm)\\.?\\s?[/. -]?\\s?(?:yyyy|yyy|yy|year|20xx|19xx|xxxx)"
			+ "|yyyy|yyy|20xx|19xx|xxxx)";

	/**
	 * "Month YYYY – Present", "year–year", "YYYY": the dates a template's sample prints before
	 * anyone fills it in; where the text holds no real date they still mark where an entry's
	 * dates stand, and are read as a range with no dates in it.
	 */
	private static final Pattern STAND_IN_RANGE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(" + STAND_IN
			+ "|(?:month\\s)?year)\\s*(?:-+|–|—|to)\\s*(" + STAND_IN + "|(?:month\\s)?year|" + PRESENT + ")|(" + STAND_IN
			+ "))(?![\\p{L}\\d])");

	/** A dash with nothing after it: the range goes on. */
	private static final Pattern OPEN_END = Pattern.compile("\\s*[-–—]\\s*");

	/** The first date or range in the text, or {@code null}. */
	public static DateRange find(String text) {
		List<DateRange> all = findAll(text);
		return all.isEmpty() ? null : all.get(0);
	}

	/** Every date or range in the text, in order. */
	static List<DateRange> findAll(String text) {
		List<DateRange> ranges = new ArrayList<>();
		Matcher shortRange = SHORT_RANGE.matcher(text);
		while (shortRange.find()) {
			String start = shortRange.group(1);
			String end = start.substring(0, 2) + shortRange.group(2);
			// "2005-09" with a bare hyphen and a month's number is the ISO year and month, not 2005 to 2009
			boolean isoMonth = shortRange.group().matches("\\d{4}-\\d{2}") && Integer.parseInt(shortRange.group(2)) <= 12;
			if (end.compareTo(start) > 0 && !isoMonth) {
				ranges.add(new DateRange(start, end, false, null, shortRange.start(), shortRange.end()));
			}
		}
		if (!ranges.isEmpty()) {
			return withSpans(text, ranges);
		}
		Matcher shortMonths = SHORT_MONTHS.matcher(text);
		while (shortMonths.find()) {
			String start = century(shortMonths.group(2)) + "-" + String.format("%02d", Integer.parseInt(shortMonths.group(1)));
			String end = shortMonths.group(3) == null ? null
					: century(shortMonths.group(4)) + "-" + String.format("%02d", Integer.parseInt(shortMonths.group(3)));
			if (end == null || start.compareTo(end) <= 0) {
				ranges.add(new DateRange(start, end, end == null, null, shortMonths.start(), shortMonths.end()));
			}
		}
		if (!ranges.isEmpty()) {
			return withSpans(text, ranges);
		}
		List<Atom> atoms = new ArrayList<>();
		Matcher matcher = ATOM.matcher(text);
		while (matcher.find()) {
			Atom atom = Atom.of(matcher);
			Matcher month = HAN_MONTH.matcher(text).region(atom.to, text.length());
			if (atom.year != null && atom.month == 0 && month.lookingAt()) {
				atom = new Atom(atom.from, month.end(), atom.year, Atom.monthNumber(month.group(1)), false, false);
			}
			else if (atom.year != null && atom.to < text.length() && text.charAt(atom.to) == '年') {
				// "2010年": the year with its word, which is no more than the year
				atom = new Atom(atom.from, atom.to + 1, atom.year, atom.month, atom.day, atom.season, atom.present);
			}
			atoms.add(atom);
		}
		for (int i = 0; i < atoms.size(); i++) {
			Atom first = atoms.get(i);
			Atom second = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
			if (second != null && SEPARATOR.matcher(text.substring(first.to, second.from)).matches()
					&& !first.present) {
				String start = first.year == null ? withYear(first, second) : first.date();
				boolean term = first.season || second.season;
				String end = second.present ? null : second.date();
				if (start != null && (end == null || start.compareTo(end) <= 0 || second.present)) {
					ranges.add(new DateRange(start, end, second.present,
							term ? text.substring(first.from, second.to) : null, first.from, second.to));
					i++;
					continue;
				}
			}
			if (first.year != null && second == null && OPEN_END.matcher(text).region(first.to, text.length()).matches()) {
				// "2021-09 —" closing the line: a range begun and not ended
				ranges.add(new DateRange(first.date(), null, true, null, first.from, text.length()));
			}
			else if (first.year != null) {
				ranges.add(new DateRange(first.date(), null, false, first.season ? text.substring(first.from, first.to) : null,
						first.from, first.to));
			}
		}
		if (ranges.isEmpty()) {
			Matcher standIn = STAND_IN_RANGE.matcher(text);
			while (standIn.find()) {
				boolean ongoing = standIn.group(2) != null && standIn.group(2).matches("(?iu)" + PRESENT);
				ranges.add(new DateRange(null, null, ongoing, null, standIn.start(), standIn.end()));
			}
		}
		return withSpans(text, ranges);
	}

	/** The ranges, each taking in the length of time printed right after it. */
	private static List<DateRange> withSpans(String text, List<DateRange> ranges) {
		if (ranges.isEmpty()) {
			return ranges;
		}
		List<DateRange> spanned = new ArrayList<>(ranges.size());
		Matcher span = SPAN_AFTER.matcher(text);
		for (DateRange range : ranges) {
			span.region(range.to(), text.length());
			spanned.add(span.lookingAt()
					? new DateRange(range.start(), range.end(), range.ongoing(), range.term(), range.from(), span.end())
					: range);
		}
		return spanned;
	}

	/** Nothing but a length of time: "5 ans 9 mois", "(3 yrs 7 mos)", "· 2 years". */
	private static final Pattern LENGTH = Pattern.compile("(?iu)[(·•]?\\s*" + SPAN + "\\s*\\)?");

	/** Whether the text is nothing but a length of time, in the languages dates are read in. */
	public static boolean isLength(String text) {
		return LENGTH.matcher(text.strip()).matches();
	}

	/** Up to three words, as a date's label is ("Issued on", "Date", "Awarded"). */
	private static final Pattern LABEL = Pattern.compile("\\s*\\p{L}+(?:\\s\\p{L}+){0,2}\\s*");

	/** Whether the text is nothing but dates and separators ("Sept 2020 - Current"), or a labelled date. */
	public static boolean isDateOnly(String text) {
		List<DateRange> ranges = findAll(text);
		if (ranges.isEmpty()) {
			return false;
		}
		StringBuilder rest = new StringBuilder(text);
		for (int i = ranges.size() - 1; i >= 0; i--) {
			rest.delete(ranges.get(i).from(), ranges.get(i).to());
		}
		// "Issued on: Mar 01, 2016": a label of a few words and a colon before the date names it
		int label = text.indexOf(':');
		if (label > 0 && label < ranges.get(0).from() && text.substring(label + 1, ranges.get(0).from()).isBlank()
				&& LABEL.matcher(text.substring(0, label)).matches()) {
			rest.delete(0, label + 1);
		}
		return rest.toString()
			.replaceAll("[\\s,;:|()\\-–—&/.·年月]+|(?i)\\b(since|seit|depuis|desde|expected|until)\\b", "")
			.isEmpty();
	}

	/** The text with this range and the separators around it taken out. */
	String removeFrom(String text) {
		String before = text.substring(0, this.from).replaceAll("[\\s,;:|(\\-–—]+$", "");
		String after = text.substring(this.to).replaceAll("^[\\s,;:|)\\-–—]+", "");
		return (before + " " + after).strip();
	}

	/** A two-digit year in full: this century's unless above 50. */
	private static String century(String year) {
		return (Integer.parseInt(year) > 50 ? "19" : "20") + year;
	}

	private static String withYear(Atom monthOnly, Atom second) {
		if (second.year == null || monthOnly.month == 0) {
			return null;
		}
		return second.year + "-" + String.format("%02d", monthOnly.month);
	}

	private record Atom(int from, int to, String year, int month, int day, boolean season, boolean present) {

		Atom(int from, int to, String year, int month, boolean season, boolean present) {
			this(from, to, year, month, 0, season, present);
		}

		static Atom of(Matcher m) {
			if (m.group(16) != null) {
				// "June '21": the year cut to two digits after an apostrophe, this century's unless above 50
				return new Atom(m.start(), m.end(), century(m.group(17)), month(m.group(16)), false, false);
			}
			if (m.group(13) != null) {
				// "2021-03-01": a full date, kept as precise as printed
				int month = monthNumber(m.group(14));
				int day = Integer.parseInt(m.group(15));
				return new Atom(m.start(), m.end(), m.group(13), month, month > 0 && day >= 1 && day <= 31 ? day : 0,
						false, false);
			}
			if (m.group(1) != null) {
				return new Atom(m.start(), m.end(), m.group(2), month(m.group(1)), false, false);
			}
			if (m.group(3) != null) {
				return new Atom(m.start(), m.end(), m.group(4), 0, true, false);
			}
			if (m.group(5) != null) {
				return new Atom(m.start(), m.end(), m.group(6), monthNumber(m.group(5)), false, false);
			}
			if (m.group(7) != null) {
				return new Atom(m.start(), m.end(), m.group(7), monthNumber(m.group(8)), false, false);
			}
			if (m.group(9) != null) {
				return new Atom(m.start(), m.end(), m.group(9), 0, false, false);
			}
			if (m.group(10) != null) {
				return new Atom(m.start(), m.end(), null, month(m.group(10)), false, false);
			}
			return new Atom(m.start(), m.end(), null, 0, false, true);
		}

		String date() {
			if (this.year == null) {
				return null;
			}
			if (this.month == 0) {
				return this.year;
			}
			String month = this.year + "-" + String.format("%02d", this.month);
			return this.day > 0 ? month + "-" + String.format("%02d", this.day) : month;
		}

		private static int monthNumber(String digits) {
			int month = Integer.parseInt(digits);
			return (month >= 1 && month <= 12) ? month : 0;
		}

		private static int month(String word) {
			String folded = Normalizer.normalize(word, Normalizer.Form.NFKD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
			if (folded.startsWith("ma") && folded.length() > 2 && (folded.charAt(2) == 'r' || folded.startsWith("mae"))) {
				return 3;
			}
			if (folded.startsWith("juin") || folded.startsWith("jun")) {
				return 6;
			}
			return MONTHS.getOrDefault(folded.substring(0, Math.min(3, folded.length())), 0);
		}

	}

}

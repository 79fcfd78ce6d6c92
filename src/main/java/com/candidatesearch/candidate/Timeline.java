package com.candidatesearch.candidate;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.web.ResumeDates;

/**
 * Jobs and degrees as bars on one time axis, laid out for an SVG the server renders: every
 * position worked out here, so the template only prints. Several candidates share the axis, so
 * their careers line up year by year. An open-ended job runs to {@link Today#month()}.
 *
 * @param description one sentence saying what the picture shows, for screen readers
 * @param height the picture's height in pixels
 * @param ticks the year marks along the axis
 * @param groups one per candidate, top to bottom
 * @param undated how many jobs and degrees have no readable date and are not drawn
 */
public record Timeline(String description, int height, List<Tick> ticks, List<Group> groups, int undated) {

	private static final int AXIS = 22;

	private static final int HEADER = 22;

	private static final int ROW = 20;

	private static final int BAR = 14;

	private static final int GAP = 10;

	private static final double LEFT = 1.0;

	private static final double RIGHT = 1.0;

	private static final int MAX_LABEL = 50;

	/** One candidate's timeline, with no name row. */
	public static Timeline of(ParsedResume resume) {
		return build(List.of(new Person(null, resume)), Today.month());
	}

	/** Several candidates on one axis, each under their name. */
	public static Timeline of(List<Person> people) {
		return build(people, Today.month());
	}

	static Timeline build(List<Person> people, YearMonth now) {
		List<List<Span>> spans = people.stream().map(person -> spans(person.resume(), now)).toList();
		int undated = people.stream().mapToInt(person -> person.resume().work().size() + person.resume().education().size()).sum()
				- spans.stream().mapToInt(List::size).sum();
		YearMonth first = spans.stream().flatMap(List::stream).map(Span::start).min(Comparator.naturalOrder()).orElse(now);
		YearMonth last = spans.stream().flatMap(List::stream).map(Span::end).max(Comparator.naturalOrder()).orElse(now);
		YearMonth axisStart = YearMonth.of(first.getYear(), 1);
		YearMonth axisEnd = YearMonth.of(Math.max(last.getYear(), now.getYear()) + 1, 1);
		Axis axis = new Axis(axisStart, axisStart.until(axisEnd, ChronoUnit.MONTHS));
		int y = AXIS;
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			String name = people.get(i).name();
			int headerY = y;
			y += name != null ? HEADER : 0;
			List<Bar> bars = new ArrayList<>();
			for (Span span : spans.get(i)) {
				bars.add(axis.bar(span, y + (ROW - BAR) / 2));
				y += ROW;
			}
			groups.add(new Group(name, headerY + 15, bars));
			y += GAP;
		}
		int height = Math.max(y, AXIS + ROW);
		int jobs = (int) spans.stream().flatMap(List::stream).filter(span -> span.kind().equals("work")).count();
		int degrees = (int) spans.stream().flatMap(List::stream).filter(span -> !span.kind().equals("work")).count();
		String description = "Timeline" + (people.size() > 1 ? " of " + people.size() + " candidates" : "") + ": "
				+ plural(jobs, "job") + " and " + plural(degrees, "degree") + " from " + axisStart.getYear() + " to "
				+ now.getYear() + ".";
		return new Timeline(description, height, axis.ticks(height), groups, undated);
	}

	private static List<Span> spans(ParsedResume resume, YearMonth now) {
		List<Span> spans = new ArrayList<>();
		for (ParsedResume.Work work : resume.work()) {
			String label = work.position() != null && work.name() != null ? work.position() + ", " + work.name()
					: (work.position() != null ? work.position() : work.name());
			Span.of("work", label, work.startDate(), work.endDate(), now).ifPresent(spans::add);
		}
		for (ParsedResume.Education education : resume.education()) {
			String degree = ProfileView.joined(", ", education.studyType(), education.area());
			String label = ProfileView.joined(", ", degree, education.institution());
			Span.of("education", label, education.startDate(), education.endDate(), now).ifPresent(spans::add);
		}
		spans.sort(Comparator.comparing(Span::kind).reversed().thenComparing(Span::start));
		return spans;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/**
	 * What one candidate's bars are shown for.
	 *
	 * @param name the name above the bars, or {@code null} on a profile
	 * @param resume the resume the jobs and degrees come from
	 */
	public record Person(String name, ParsedResume resume) {
	}

	/**
	 * One candidate's bars.
	 *
	 * @param name the name row's text, or {@code null}
	 * @param nameY the baseline of the name row
	 * @param bars the bars, jobs first, each by its start
	 */
	public record Group(String name, int nameY, List<Bar> bars) {
	}

	/**
	 * A job or degree.
	 *
	 * @param kind {@code work} or {@code education}, the bar's class
	 * @param label the text on the bar
	 * @param tooltip the bar's title: what and when
	 * @param x where it starts, a percentage of the width
	 * @param width how wide, a percentage of the width
	 * @param y its top in pixels
	 * @param textX where the label is anchored, a percentage of the width
	 * @param textAnchor {@code start} for bars starting in the left 40%, else {@code end}, so labels stay inside
	 * @param textY the label's baseline in pixels
	 */
	public record Bar(String kind, String label, String tooltip, String x, String width, int y, int height,
			String textX, String textAnchor, int textY) {
	}

	/**
	 * A year mark.
	 *
	 * @param label the year
	 * @param x its place, a percentage of the width
	 * @param height how far its line runs down
	 */
	public record Tick(String label, String x, int height) {
	}

	private record Span(String kind, String label, String dates, YearMonth start, YearMonth end) {

		static java.util.Optional<Span> of(String kind, String label, String startDate, String endDate, YearMonth now) {
			YearMonth start = DateSpans.parse(startDate, false);
			YearMonth end = endDate == null ? (start != null ? now : null) : DateSpans.parse(endDate, true);
			if (start == null && end == null) {
				return java.util.Optional.empty();
			}
			start = start != null ? start : end;
			end = (end == null || end.isBefore(start)) ? start : end;
			String text = label != null ? label : (kind.equals("work") ? "Job" : "Degree");
			return java.util.Optional.of(new Span(kind, text, ResumeDates.range(startDate, endDate), start, end));
		}

	}

	private record Axis(YearMonth start, long months) {

		double percent(YearMonth month) {
			return LEFT + (100 - LEFT - RIGHT) * this.start.until(month, ChronoUnit.MONTHS) / this.months;
		}

		Bar bar(Span span, int top) {
			double x = percent(span.start());
			double width = Math.max(percent(span.end().plusMonths(1)) - x, 0.6);
			boolean rightHalf = x > 40;
			String label = span.label().length() > MAX_LABEL ? span.label().substring(0, MAX_LABEL) + "…" : span.label();
			return new Bar(span.kind(), label, span.label() + (span.dates() != null ? ": " + span.dates() : ""),
					pct(x), pct(width), top, BAR, pct(rightHalf ? x + width : x), rightHalf ? "end" : "start",
					top + BAR - 3);
		}

		List<Tick> ticks(int height) {
			int years = (int) (this.months / 12);
			int step = years <= 12 ? 1 : years <= 24 ? 2 : 5;
			List<Tick> ticks = new ArrayList<>();
			for (int year = this.start.getYear(); year < this.start.getYear() + years; year++) {
				if (year % step == 0) {
					ticks.add(new Tick(String.valueOf(year), pct(percent(YearMonth.of(year, 1))), height));
				}
			}
			return ticks;
		}

		private static String pct(double value) {
			return String.format(Locale.ROOT, "%.2f%%", value);
		}

	}

}

package com.candidatesearch.candidate;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import com.candidatesearch.search.Analyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * What the index knows of a candidate beyond the resume's own fields, derived when the
 * candidate is indexed: for filters, facets, sorting and ranking. Never stored in the database.
 */
public final class CandidateFacts {

	/** Jobs that ended within this many months still count as recent for ranking. */
	static final int RECENT_MONTHS = 24;

	private final Candidate candidate;

	private final YearMonth now;

	CandidateFacts(Candidate candidate, YearMonth now) {
		this.candidate = candidate;
		this.now = now;
	}

	/** The highest degree's level, e.g. {@code MASTER}. */
	@KeywordField(aggregable = Aggregable.YES)
	@KeywordField(name = "degreeLevel_exact", normalizer = Analyzers.NORMALIZED)
	public String getDegreeLevel() {
		return this.candidate.getDegrees()
			.stream()
			.map(degree -> DegreeLevel.of(degree.getStudyType()))
			.max(Enum::compareTo)
			.map(Enum::name)
			.orElse(null);
	}

	/** The city, or the region when no city is printed, as printed. */
	@KeywordField(aggregable = Aggregable.YES)
	@KeywordField(name = "location_exact", normalizer = Analyzers.NORMALIZED)
	public String getLocation() {
		return this.candidate.getCity() != null ? this.candidate.getCity() : this.candidate.getRegion();
	}

	@GenericField(aggregable = Aggregable.YES)
	public boolean isHasPublications() {
		return !this.candidate.getPublications().isEmpty();
	}

	/** The last month of any job or project, as {@code yyyymm}: the candidate's latest activity. */
	@GenericField(sortable = Sortable.YES)
	public int getLastActivity() {
		DateSpans spans = new DateSpans(this.now);
		this.candidate.getPositions().forEach(position -> spans.add(position.getStartDate(), position.getEndDate()));
		this.candidate.getProjects().forEach(project -> spans.add(project.getStartDate(), project.getEndDate()));
		YearMonth last = spans.last();
		return last == null ? 0 : last.getYear() * 100 + last.getMonthValue();
	}

	/** {@code python#1} … {@code python#N} for N years with each listed skill. */
	@KeywordField
	public List<String> getSkillYears() {
		return skillUses().stream().flatMap(use -> use.yearTerms().stream()).toList();
	}

	/** What the current and recent jobs say, so a skill in use now outranks one from years ago. */
	@FullTextField(analyzer = Analyzers.TEXT)
	public String getRecentText() {
		YearMonth since = this.now.minusMonths(RECENT_MONTHS);
		return this.candidate.getPositions()
			.stream()
			.filter(position -> {
				YearMonth end = position.getEndDate() == null ? this.now : DateSpans.parse(position.getEndDate(), true);
				return end != null && !end.isBefore(since);
			})
			.map(Position::text)
			.collect(Collectors.joining("\n"));
	}

	List<SkillUse> skillUses() {
		List<String> skills = this.candidate.getSkillGroups()
			.stream()
			.flatMap(group -> group.getKeywords().stream())
			.toList();
		return SkillUse.of(skills, this.candidate.getPositions(), this.candidate.getProjects(), this.now);
	}

}

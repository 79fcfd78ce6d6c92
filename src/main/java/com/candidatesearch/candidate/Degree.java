package com.candidatesearch.candidate;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.search.Analyzers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A degree or course of study: the contract's {@code education} entry. */
@Entity
@Table(name = "degree")
public class Degree extends CandidatePart {

	@FullTextField(analyzer = Analyzers.TECH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@KeywordField(name = "institution_exact", normalizer = Analyzers.NORMALIZED, aggregable = Aggregable.YES)
	@KeywordField(name = "institution_facet", aggregable = Aggregable.YES)
	@Column(length = Bounded.SHORT)
	private String institution;

	@FullTextField(analyzer = Analyzers.TECH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@Column(length = Bounded.SHORT)
	private String area;

	@FullTextField(analyzer = Analyzers.TECH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@Column(name = "study_type", length = Bounded.SHORT)
	private String studyType;

	@Column(name = "start_date", length = 10)
	private String startDate;

	@Column(name = "end_date", length = 10)
	private String endDate;

	@Column(length = Bounded.SHORT)
	private String score;

	@Column(length = Bounded.SHORT)
	private String location;

	@ElementCollection
	@CollectionTable(name = "degree_course", joinColumns = @JoinColumn(name = "degree_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "content", length = Bounded.SHORT)
	private List<String> courses = new ArrayList<>();

	protected Degree() {
	}

	Degree(ParsedResume.Education education) {
		this.institution = Bounded.cut(education.institution(), Bounded.SHORT);
		this.area = Bounded.cut(education.area(), Bounded.SHORT);
		this.studyType = Bounded.cut(education.studyType(), Bounded.SHORT);
		this.startDate = Bounded.cut(education.startDate(), 10);
		this.endDate = Bounded.cut(education.endDate(), 10);
		this.score = Bounded.cut(education.score(), Bounded.SHORT);
		this.location = Bounded.cut(education.location(), Bounded.SHORT);
		this.courses = new ArrayList<>(Bounded.cutAll(education.courses(), Bounded.SHORT));
	}

	public String getStudyType() {
		return this.studyType;
	}

	ParsedResume.Education toContract() {
		return new ParsedResume.Education(this.institution, this.area, this.studyType, this.startDate, this.endDate,
				this.score, List.copyOf(this.courses), this.location);
	}

}

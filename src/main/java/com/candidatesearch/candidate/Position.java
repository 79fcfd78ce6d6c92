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

/** A job the candidate held: the contract's {@code work} entry. */
@Entity
@Table(name = "candidate_position")
public class Position extends CandidatePart {

	@FullTextField(analyzer = Analyzers.TECH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@KeywordField(name = "organization_exact", normalizer = Analyzers.NORMALIZED, aggregable = Aggregable.YES)
	@KeywordField(name = "organization_facet", aggregable = Aggregable.YES)
	@Column(length = Bounded.SHORT)
	private String organization;

	@FullTextField(analyzer = Analyzers.TEXT, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@Column(length = Bounded.SHORT)
	private String title;

	@Column(length = Bounded.SHORT)
	private String location;

	@Column(name = "start_date", length = 10)
	private String startDate;

	@Column(name = "end_date", length = 10)
	private String endDate;

	@Column(length = Bounded.LONG)
	private String summary;

	@ElementCollection
	@CollectionTable(name = "position_highlight", joinColumns = @JoinColumn(name = "position_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "content", length = Bounded.LINE)
	private List<String> highlights = new ArrayList<>();

	protected Position() {
	}

	Position(ParsedResume.Work work) {
		this.organization = Bounded.cut(work.name(), Bounded.SHORT);
		this.title = Bounded.cut(work.position(), Bounded.SHORT);
		this.location = Bounded.cut(work.location(), Bounded.SHORT);
		this.startDate = Bounded.cut(work.startDate(), 10);
		this.endDate = Bounded.cut(work.endDate(), 10);
		this.summary = Bounded.cut(work.summary(), Bounded.LONG);
		this.highlights = new ArrayList<>(Bounded.cutAll(work.highlights(), Bounded.LINE));
	}

	ParsedResume.Work toContract() {
		return new ParsedResume.Work(this.organization, this.title, this.location, this.startDate, this.endDate,
				this.summary, List.copyOf(this.highlights));
	}

	public String getOrganization() {
		return this.organization;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLocation() {
		return this.location;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<String> getHighlights() {
		return this.highlights;
	}

	/** Everything the job's entry says, for finding the skills it used. */
	String text() {
		return String.join("\n", this.title == null ? "" : this.title, this.summary == null ? "" : this.summary,
				String.join("\n", this.highlights));
	}

	public String getStartDate() {
		return this.startDate;
	}

	public String getEndDate() {
		return this.endDate;
	}

}

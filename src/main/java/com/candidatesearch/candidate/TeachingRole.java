package com.candidatesearch.candidate;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A course the candidate taught or assisted: the contract's {@code teaching} entry. */
@Entity
@Table(name = "teaching_role")
public class TeachingRole extends CandidatePart {

	@Column(length = Bounded.LINE)
	private String name;

	@Column(length = Bounded.SHORT)
	private String institution;

	@Column(length = Bounded.SHORT)
	private String term;

	@Column(name = "start_date", length = 10)
	private String startDate;

	@Column(name = "end_date", length = 10)
	private String endDate;

	@ElementCollection
	@CollectionTable(name = "teaching_highlight", joinColumns = @JoinColumn(name = "teaching_role_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "content", length = Bounded.LINE)
	private List<String> highlights = new ArrayList<>();

	protected TeachingRole() {
	}

	TeachingRole(ParsedResume.Teaching teaching) {
		this.name = Bounded.cut(teaching.name(), Bounded.LINE);
		this.institution = Bounded.cut(teaching.institution(), Bounded.SHORT);
		this.term = Bounded.cut(teaching.term(), Bounded.SHORT);
		this.startDate = Bounded.cut(teaching.startDate(), 10);
		this.endDate = Bounded.cut(teaching.endDate(), 10);
		this.highlights = new ArrayList<>(Bounded.cutAll(teaching.highlights(), Bounded.LINE));
	}

	ParsedResume.Teaching toContract() {
		return new ParsedResume.Teaching(this.name, this.institution, this.term, this.startDate, this.endDate,
				List.copyOf(this.highlights));
	}

}

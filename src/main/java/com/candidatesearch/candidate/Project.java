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

/** A project the candidate describes apart from a job. */
@Entity
@Table(name = "project")
public class Project extends CandidatePart {

	@Column(length = Bounded.LINE)
	private String name;

	@Column(length = Bounded.LONG)
	private String description;

	@Column(name = "start_date", length = 10)
	private String startDate;

	@Column(name = "end_date", length = 10)
	private String endDate;

	@ElementCollection
	@CollectionTable(name = "project_highlight", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "content", length = Bounded.LINE)
	private List<String> highlights = new ArrayList<>();

	protected Project() {
	}

	Project(ParsedResume.Project project) {
		this.name = Bounded.cut(project.name(), Bounded.LINE);
		this.description = Bounded.cut(project.description(), Bounded.LONG);
		this.startDate = Bounded.cut(project.startDate(), 10);
		this.endDate = Bounded.cut(project.endDate(), 10);
		this.highlights = new ArrayList<>(Bounded.cutAll(project.highlights(), Bounded.LINE));
	}

	/** Everything the project's entry says, for finding the skills it used. */
	String text() {
		return String.join("\n", this.name == null ? "" : this.name, this.description == null ? "" : this.description,
				String.join("\n", this.highlights));
	}

	String getStartDate() {
		return this.startDate;
	}

	String getEndDate() {
		return this.endDate;
	}

	ParsedResume.Project toContract() {
		return new ParsedResume.Project(this.name, this.description, List.copyOf(this.highlights), this.startDate,
				this.endDate);
	}

}

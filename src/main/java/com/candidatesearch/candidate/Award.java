package com.candidatesearch.candidate;

import com.candidatesearch.parse.ParsedResume;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An award, honour or fellowship. */
@Entity
@Table(name = "award")
public class Award extends CandidatePart {

	@Column(length = Bounded.LINE)
	private String title;

	@Column(name = "award_date", length = 10)
	private String date;

	@Column(length = Bounded.SHORT)
	private String awarder;

	@Column(length = Bounded.LONG)
	private String summary;

	protected Award() {
	}

	Award(ParsedResume.Award award) {
		this.title = Bounded.cut(award.title(), Bounded.LINE);
		this.date = Bounded.cut(award.date(), 10);
		this.awarder = Bounded.cut(award.awarder(), Bounded.SHORT);
		this.summary = Bounded.cut(award.summary(), Bounded.LONG);
	}

	ParsedResume.Award toContract() {
		return new ParsedResume.Award(this.title, this.date, this.awarder, this.summary);
	}

}

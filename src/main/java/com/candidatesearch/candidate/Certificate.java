package com.candidatesearch.candidate;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.search.Analyzers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** A certificate or qualification, such as a language test or a cloud certification. */
@Entity
@Table(name = "certificate")
public class Certificate extends CandidatePart {

	@FullTextField(analyzer = Analyzers.TECH)
	@Column(length = Bounded.LINE)
	private String name;

	@Column(name = "issue_date", length = 10)
	private String date;

	@Column(length = Bounded.SHORT)
	private String issuer;

	protected Certificate() {
	}

	Certificate(ParsedResume.Certificate certificate) {
		this.name = Bounded.cut(certificate.name(), Bounded.LINE);
		this.date = Bounded.cut(certificate.date(), 10);
		this.issuer = Bounded.cut(certificate.issuer(), Bounded.SHORT);
	}

	ParsedResume.Certificate toContract() {
		return new ParsedResume.Certificate(this.name, this.date, this.issuer);
	}

}

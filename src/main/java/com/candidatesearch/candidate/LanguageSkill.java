package com.candidatesearch.candidate;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.search.Analyzers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A spoken language and how well the candidate speaks it. */
@Entity
@Table(name = "language_skill")
public class LanguageSkill extends CandidatePart {

	@FullTextField(analyzer = Analyzers.TECH)
	@KeywordField(name = "language_exact", normalizer = Analyzers.NORMALIZED, aggregable = Aggregable.YES)
	@KeywordField(name = "language_facet", aggregable = Aggregable.YES)
	@Column(length = Bounded.SHORT)
	private String language;

	@Column(length = Bounded.SHORT)
	private String fluency;

	protected LanguageSkill() {
	}

	LanguageSkill(ParsedResume.Language language) {
		this.language = Bounded.cut(language.language(), Bounded.SHORT);
		this.fluency = Bounded.cut(language.fluency(), Bounded.SHORT);
	}

	ParsedResume.Language toContract() {
		return new ParsedResume.Language(this.language, this.fluency);
	}

}

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

/** Skills under one of the resume's own headings ("Programming Languages", "Cloud", …). */
@Entity
@Table(name = "skill_group")
public class SkillGroup extends CandidatePart {

	@Column(length = Bounded.SHORT)
	private String name;

	@ElementCollection
	@CollectionTable(name = "skill_keyword", joinColumns = @JoinColumn(name = "skill_group_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "keyword", length = Bounded.SHORT)
	@FullTextField(analyzer = Analyzers.TECH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@KeywordField(name = "keywords_exact", normalizer = Analyzers.NORMALIZED, aggregable = Aggregable.YES)
	@KeywordField(name = "keywords_facet", aggregable = Aggregable.YES)
	private List<String> keywords = new ArrayList<>();

	protected SkillGroup() {
	}

	SkillGroup(ParsedResume.SkillGroup group) {
		this.name = Bounded.cut(group.name(), Bounded.SHORT);
		this.keywords = new ArrayList<>(Bounded.cutAll(group.keywords(), Bounded.SHORT));
	}

	ParsedResume.SkillGroup toContract() {
		return new ParsedResume.SkillGroup(this.name, List.copyOf(this.keywords));
	}

	public List<String> getKeywords() {
		return this.keywords;
	}

}

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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A paper, thesis or other publication, with its authors as printed. */
@Entity
@Table(name = "publication")
public class Publication extends CandidatePart {

	@FullTextField(analyzer = Analyzers.TEXT, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@Column(length = Bounded.LINE)
	private String title;

	@FullTextField(analyzer = Analyzers.TECH, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@KeywordField(name = "venue_exact", normalizer = Analyzers.NORMALIZED, aggregable = Aggregable.YES)
	@KeywordField(name = "venue_facet", aggregable = Aggregable.YES)
	@Column(length = Bounded.SHORT)
	private String venue;

	@KeywordField(name = "date", aggregable = Aggregable.YES)
	@Column(name = "release_date", length = 10)
	private String releaseDate;

	@Column(length = Bounded.SHORT)
	private String url;

	@Column(length = Bounded.LONG)
	private String summary;

	@ElementCollection
	@CollectionTable(name = "publication_author", joinColumns = @JoinColumn(name = "publication_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "name", length = Bounded.SHORT)
	@FullTextField(analyzer = Analyzers.TECH)
	private List<String> authors = new ArrayList<>();

	/** The year of publication, for ranges such as {@code year:2020..2024}. */
	@GenericField(name = "year")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "releaseDate")))
	public Integer getYear() {
		return this.releaseDate != null && this.releaseDate.matches("\\d{4}.*")
				? Integer.valueOf(this.releaseDate.substring(0, 4)) : null;
	}

	protected Publication() {
	}

	Publication(ParsedResume.Publication publication) {
		this.title = Bounded.cut(publication.name(), Bounded.LINE);
		this.venue = Bounded.cut(publication.publisher(), Bounded.SHORT);
		this.releaseDate = Bounded.cut(publication.releaseDate(), 10);
		this.url = Bounded.cut(publication.url(), Bounded.SHORT);
		this.summary = Bounded.cut(publication.summary(), Bounded.LONG);
		this.authors = new ArrayList<>(Bounded.cutAll(publication.authors(), Bounded.SHORT));
	}

	ParsedResume.Publication toContract() {
		return new ParsedResume.Publication(this.title, this.venue, this.releaseDate, this.url, this.summary,
				List.copyOf(this.authors));
	}

}

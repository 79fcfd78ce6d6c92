package com.candidatesearch.candidate;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.candidatesearch.identity.Identity;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.SourceSpan;
import com.candidatesearch.search.Analyzers;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A person whose resume was uploaded: the contract's {@code basics} and every section of the resume. */
@Entity
@Table(name = "candidate")
@Indexed(index = "candidate")
public class Candidate {

	/** An unplaced line is kept to this length: the profile lists it for a recruiter to read, not to parse. */
	static final int UNPLACED_LINE = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@FullTextField(analyzer = Analyzers.TECH, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@KeywordField(name = "name_sort", normalizer = Analyzers.NORMALIZED, sortable = Sortable.YES)
	@Column(length = Bounded.SHORT)
	private String name;

	@FullTextField(analyzer = Analyzers.TEXT, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@Column(length = Bounded.SHORT)
	private String label;

	@KeywordField(normalizer = Analyzers.NORMALIZED)
	@Column(length = Bounded.SHORT)
	private String email;

	@Column(length = 100)
	private String phone;

	@Column(length = Bounded.SHORT)
	private String url;

	@FullTextField(analyzer = Analyzers.TEXT, highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@Column(length = Bounded.LONG)
	private String summary;

	@FullTextField(analyzer = Analyzers.TECH)
	@Column(length = Bounded.SHORT)
	private String city;

	@FullTextField(analyzer = Analyzers.TECH)
	@Column(length = Bounded.SHORT)
	private String region;

	@Column(name = "country_code", length = 10)
	private String countryCode;

	@Column(length = Bounded.SHORT)
	private String address;

	@Column(name = "postal_code", length = 20)
	private String postalCode;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<Profile> profiles = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@IndexedEmbedded(name = "work", includePaths = { "organization", "organization_exact", "organization_facet", "title" })
	private List<Position> positions = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@IndexedEmbedded(name = "education",
			includePaths = { "institution", "institution_exact", "institution_facet", "studyType", "area" })
	private List<Degree> degrees = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@IndexedEmbedded(name = "skills", includePaths = { "keywords", "keywords_exact", "keywords_facet" })
	private List<SkillGroup> skillGroups = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@IndexedEmbedded(name = "languages", includePaths = { "language", "language_exact", "language_facet" })
	private List<LanguageSkill> languages = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@IndexedEmbedded(name = "publications",
			includePaths = { "title", "venue", "venue_exact", "venue_facet", "date", "year", "authors" })
	private List<Publication> publications = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<Award> awards = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	@IndexedEmbedded(name = "certificates", includePaths = { "name" })
	private List<Certificate> certificates = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<Project> projects = new ArrayList<>();

	@OneToMany(mappedBy = "candidate", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<TeachingRole> teachingRoles = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "candidate_warning", joinColumns = @JoinColumn(name = "candidate_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "message", length = 1000)
	private List<String> warnings = new ArrayList<>();

	/** Every line no part of the parse took; the warnings name the first few. */
	@ElementCollection
	@CollectionTable(name = "candidate_unplaced_line", joinColumns = @JoinColumn(name = "candidate_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "line", length = UNPLACED_LINE)
	private List<String> unplacedLines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "field_source", joinColumns = @JoinColumn(name = "candidate_id"))
	@MapKeyColumn(name = "path", length = 200)
	private Map<String, FieldSource> sources = new LinkedHashMap<>();

	@ElementCollection
	@CollectionTable(name = "candidate_identity", joinColumns = @JoinColumn(name = "candidate_id"))
	@Column(name = "identity_key", length = 250)
	private Set<String> identityKeys = new LinkedHashSet<>();

	// The uploaded file never changes once stored, so the index need not watch it for updates.
	@OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
	@JoinColumn(name = "resume_id", nullable = false, unique = true)
	@IndexedEmbedded(includePaths = { "text" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Resume resume;

	protected Candidate() {
	}

	/** A candidate holding everything of a parsed resume, and the file it came from. */
	static Candidate of(ParsedResume parsed, Resume file, List<String> warnings) {
		return of(parsed, file, warnings, Map.of());
	}

	static Candidate of(ParsedResume parsed, Resume file, List<String> warnings, Map<String, SourceSpan> sources) {
		return of(parsed, file, warnings, sources, List.of());
	}

	static Candidate of(ParsedResume parsed, Resume file, List<String> warnings, Map<String, SourceSpan> sources,
			List<String> unplaced) {
		Candidate candidate = new Candidate();
		candidate.resume = file;
		candidate.warnings = new ArrayList<>(Bounded.cutAll(warnings, 1000));
		candidate.unplacedLines = new ArrayList<>(Bounded.cutAll(unplaced, UNPLACED_LINE));
		candidate.putSources(sources);
		candidate.createdAt = Instant.now();
		candidate.replaceWith(parsed);
		candidate.identityKeys.addAll(Identity.of(parsed, file == null ? null : file.getExtractedText()).keys());
		return candidate;
	}

	/** Takes every field and section of a parse, dropping what was there before. */
	void replaceWith(ParsedResume parsed) {
		ParsedResume.Basics basics = parsed.basics();
		this.name = Bounded.cut(basics.name(), Bounded.SHORT);
		this.label = Bounded.cut(basics.label(), Bounded.SHORT);
		this.email = Bounded.cut(basics.email(), Bounded.SHORT);
		this.phone = Bounded.cut(basics.phone(), 100);
		this.url = Bounded.cut(basics.url(), Bounded.SHORT);
		this.summary = Bounded.cut(basics.summary(), Bounded.LONG);
		ParsedResume.Location location = basics.location();
		this.city = location == null ? null : Bounded.cut(location.city(), Bounded.SHORT);
		this.region = location == null ? null : Bounded.cut(location.region(), Bounded.SHORT);
		this.countryCode = location == null ? null : Bounded.cut(location.countryCode(), 10);
		this.address = location == null ? null : Bounded.cut(location.address(), Bounded.SHORT);
		this.postalCode = location == null ? null : Bounded.cut(location.postalCode(), 20);
		replace(this.profiles, basics.profiles(), Profile::new);
		replace(this.positions, parsed.work(), Position::new);
		replace(this.degrees, parsed.education(), Degree::new);
		replace(this.skillGroups, parsed.skills(), SkillGroup::new);
		replace(this.languages, parsed.languages(), LanguageSkill::new);
		replace(this.publications, parsed.publications(), Publication::new);
		replace(this.awards, parsed.awards(), Award::new);
		replace(this.certificates, parsed.certificates(), Certificate::new);
		replace(this.projects, parsed.projects(), Project::new);
		replace(this.teachingRoles, parsed.teaching(), TeachingRole::new);
	}

	private <C, P extends CandidatePart> void replace(List<P> parts, List<C> items, Function<C, P> toPart) {
		parts.clear();
		for (C item : items.stream().limit(Bounded.MAX_ITEMS).toList()) {
			P part = toPart.apply(item);
			part.attach(this, parts.size());
			parts.add(part);
		}
	}

	/** Takes a new parse of the same file, with what the parser found worth checking this time. */
	void reparsed(ParsedResume parsed, List<String> newWarnings, List<String> newUnplaced, String text,
			Map<String, SourceSpan> newSources) {
		replaceWith(parsed);
		this.warnings.clear();
		this.warnings.addAll(Bounded.cutAll(newWarnings, 1000));
		this.unplacedLines.clear();
		this.unplacedLines.addAll(Bounded.cutAll(newUnplaced, UNPLACED_LINE));
		this.resume.reextracted(text);
		this.sources.clear();
		putSources(newSources);
	}

	/**
	 * Takes a new version of the resume: its parse (corrections re-applied), warnings, field
	 * sources and file. The identity keys of the old version stay, so its e-mail still finds this
	 * candidate; the old file becomes an orphan, kept as a {@link ResumeVersion} by the caller.
	 */
	void takeVersion(ParsedResume parsed, List<String> newWarnings, List<String> newUnplaced,
			Map<String, SourceSpan> newSources, Resume file) {
		this.resume = file;
		reparsed(parsed, newWarnings, newUnplaced, file.getExtractedText(), newSources);
		this.identityKeys.addAll(Identity.of(parsed, file.getExtractedText()).keys());
	}

	/**
	 * Adds the keys the stored profile and file name this person by, for a candidate stored before
	 * identity keys were kept; false when the profile gives none.
	 */
	boolean addIdentityKeysOfProfile() {
		return this.identityKeys.addAll(Identity.of(toContract(), this.resume.getExtractedText()).keys());
	}

	/** What names this person, from every version of the resume: {@code email:…}, {@code phone:…}, {@code name:…}. */
	Set<String> getIdentityKeys() {
		return this.identityKeys;
	}

	/** This candidate in the parse contract's shape. */
	public ParsedResume toContract() {
		ParsedResume.Location location = new ParsedResume.Location(this.city, this.region, this.countryCode,
				this.address, this.postalCode);
		ParsedResume.Basics basics = new ParsedResume.Basics(this.name, this.label, this.email, this.phone,
				this.url, this.summary, location, this.profiles.stream().map(Profile::toContract).toList());
		return new ParsedResume(basics, this.positions.stream().map(Position::toContract).toList(),
				this.degrees.stream().map(Degree::toContract).toList(),
				this.skillGroups.stream().map(SkillGroup::toContract).toList(),
				this.languages.stream().map(LanguageSkill::toContract).toList(),
				this.publications.stream().map(Publication::toContract).toList(),
				this.awards.stream().map(Award::toContract).toList(),
				this.certificates.stream().map(Certificate::toContract).toList(),
				this.projects.stream().map(Project::toContract).toList(),
				this.teachingRoles.stream().map(TeachingRole::toContract).toList());
	}

	/** Facts derived for filters, facets, sorting and ranking. */
	@IndexedEmbedded
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "positions"), @PropertyValue(propertyName = "startDate") }),
			@ObjectPath({ @PropertyValue(propertyName = "positions"), @PropertyValue(propertyName = "endDate") }),
			@ObjectPath({ @PropertyValue(propertyName = "positions"), @PropertyValue(propertyName = "title") }),
			@ObjectPath({ @PropertyValue(propertyName = "positions"), @PropertyValue(propertyName = "summary") }),
			@ObjectPath({ @PropertyValue(propertyName = "positions"), @PropertyValue(propertyName = "highlights") }),
			@ObjectPath({ @PropertyValue(propertyName = "projects"), @PropertyValue(propertyName = "name") }),
			@ObjectPath({ @PropertyValue(propertyName = "projects"), @PropertyValue(propertyName = "description") }),
			@ObjectPath({ @PropertyValue(propertyName = "projects"), @PropertyValue(propertyName = "highlights") }),
			@ObjectPath({ @PropertyValue(propertyName = "projects"), @PropertyValue(propertyName = "startDate") }),
			@ObjectPath({ @PropertyValue(propertyName = "projects"), @PropertyValue(propertyName = "endDate") }),
			@ObjectPath({ @PropertyValue(propertyName = "degrees"), @PropertyValue(propertyName = "studyType") }),
			@ObjectPath({ @PropertyValue(propertyName = "skillGroups"), @PropertyValue(propertyName = "keywords") }),
			@ObjectPath(@PropertyValue(propertyName = "publications")), @ObjectPath(@PropertyValue(propertyName = "city")),
			@ObjectPath(@PropertyValue(propertyName = "region")) })
	public CandidateFacts getFacts() {
		return new CandidateFacts(this, Today.month());
	}

	/** Years of work experience, overlapping jobs counted once; indexed for {@code experience:>=5}. */
	@GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "positions"), @PropertyValue(propertyName = "startDate") }),
			@ObjectPath({ @PropertyValue(propertyName = "positions"), @PropertyValue(propertyName = "endDate") }) })
	public int getExperienceYears() {
		return Experience.years(this.positions, Today.month());
	}

	public Long getId() {
		return this.id;
	}

	List<String> getWarnings() {
		return this.warnings;
	}

	List<String> getUnplacedLines() {
		return this.unplacedLines;
	}

	private void putSources(Map<String, SourceSpan> spans) {
		spans.forEach((path, span) -> {
			if (path.length() <= 200 && span.end() <= Bounded.DOCUMENT) {
				this.sources.put(path, new FieldSource(span));
			}
		});
	}

	/** Where each parsed value was found in the extracted text, by its path in the contract. */
	Map<String, SourceSpan> getSources() {
		Map<String, SourceSpan> spans = new LinkedHashMap<>();
		this.sources.forEach((path, source) -> spans.put(path, source.toSpan()));
		return spans;
	}

	public String getName() {
		return this.name;
	}

	public String getLabel() {
		return this.label;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCity() {
		return this.city;
	}

	String getRegion() {
		return this.region;
	}

	List<Degree> getDegrees() {
		return this.degrees;
	}

	List<Publication> getPublications() {
		return this.publications;
	}

	List<Project> getProjects() {
		return this.projects;
	}

	public List<Position> getPositions() {
		return this.positions;
	}

	public List<SkillGroup> getSkillGroups() {
		return this.skillGroups;
	}

	public Resume getResume() {
		return this.resume;
	}

}

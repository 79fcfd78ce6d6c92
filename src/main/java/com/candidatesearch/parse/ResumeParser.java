package com.candidatesearch.parse;

import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.ParsedResume.Award;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Certificate;
import com.candidatesearch.parse.ParsedResume.Education;
import com.candidatesearch.parse.ParsedResume.Language;
import com.candidatesearch.parse.ParsedResume.Project;
import com.candidatesearch.parse.ParsedResume.Publication;
import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.ParsedResume.Teaching;
import com.candidatesearch.parse.ParsedResume.Work;
import com.candidatesearch.parse.field.AwardsSectionParser;
import com.candidatesearch.parse.field.CertificatesSectionParser;
import com.candidatesearch.parse.field.ContactDetails;
import com.candidatesearch.parse.field.EducationSectionParser;
import com.candidatesearch.parse.field.HeaderReader;
import com.candidatesearch.parse.field.LanguagesSectionParser;
import com.candidatesearch.parse.field.LengthLines;
import com.candidatesearch.parse.field.LinkLabels;
import com.candidatesearch.parse.field.ProjectsSectionParser;
import com.candidatesearch.parse.field.PublicationsSectionParser;
import com.candidatesearch.parse.field.SkillsSectionParser;
import com.candidatesearch.parse.field.TeachingSectionParser;
import com.candidatesearch.parse.field.WorkSectionParser;
import com.candidatesearch.parse.layout.Line;
import com.candidatesearch.parse.read.DocumentReader;
import com.candidatesearch.parse.read.ScannedPdfReader;
import com.candidatesearch.parse.section.Section;
import com.candidatesearch.parse.section.SectionSplitter;

/**
 * Turns the bytes of an uploaded file into a {@link ParseResult}. Needs no Spring context, so
 * the command line can parse without starting the web server or touching the database. One
 * instance is safe to share between threads and is meant to be reused.
 */
public class ResumeParser {

	/** Resumes are rarely above a few megabytes; a file past this is not one, or holds far more than one. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/** The longest unplaced-lines warning: the candidate table keeps warnings of 1,000 characters. */
	static final int UNPLACED_CHARS = 900;

	private final DocumentReader reader;

	/** A parser that reads scanned PDFs with Tesseract when it is installed on the system path. */
	public ResumeParser() {
		this((String) null);
	}

	/** A parser whose OCR uses the tesseract program in this folder ({@code null}: the system path). */
	ResumeParser(String tesseractPath) {
		this(new DocumentReader(new ScannedPdfReader(tesseractPath)));
	}

	/** A parser reading with this reader; {@code null} for a subclass that parses elsewhere. */
	ResumeParser(DocumentReader reader) {
		this.reader = reader;
	}

	/**
	 * A parser without time limits of its own, for a worker process: the pool that sent the file
	 * stops the whole process at its deadline, which no thread of this one could be.
	 */
	static ResumeParser unbounded() {
		return new ResumeParser(new DocumentReader(new ScannedPdfReader(null), false));
	}

	private final JsonResumeImporter jsonResumes = new JsonResumeImporter();

	/**
	 * Parses one file.
	 * @param fileName the name the file was uploaded under (used for messages and as a last
	 * resort for the candidate's name)
	 * @param content the file's bytes
	 * @return the parse
	 * @throws ResumeParseException when the file cannot be read as a resume
	 */
	public ParseResult parse(String fileName, byte[] content) throws ResumeParseException {
		if (content == null || content.length == 0) {
			throw new EmptyResumeException(fileName + " is empty: upload the resume file again.");
		}
		if (content.length > MAX_BYTES) {
			throw new ResumeTooLargeException(fileName + " is " + content.length / (1024 * 1024) + " MB, far more than "
					+ "any resume: upload the resume alone, saved as a plain PDF or Word file of a few pages.");
		}
		String mediaType = this.reader.detect(fileName, content);
		if (mediaType.contains("json") || (mediaType.startsWith("text/") && JsonResumeImporter.looksLikeJson(content))) {
			ParsedResume resume = this.jsonResumes.read(fileName, content);
			return new ParseResult(resume, DocumentReader.decode(content), "application/json", List.of());
		}
		DocumentReader.Text document = this.reader.read(fileName, content, mediaType);
		List<Line> lines = document.lines();
		if (lines.isEmpty()) {
			throw new EmptyResumeException(fileName + " holds no text: check that it is the right file and upload it again.");
		}
		List<String> warnings = new ArrayList<>();
		if (document.ocr()) {
			warnings.add("The file is a scan; its text was read by OCR and may hold misread characters.");
		}
		List<String> unplaced = new ArrayList<>();
		ParsedResume resume = parse(fileName, lines, warnings, unplaced);
		String text = String.join("\n", lines.stream().map(Line::text).toList());
		return new ParseResult(resume, text, mediaType, warnings, unplaced);
	}

	/**
	 * The warning that names the lines no section took, so a recruiter sees what the profile
	 * lacks rather than a count alone: {@code 2 lines could not be placed in a section: “Chess”,
	 * “Hiking”.} Cut to {@link #UNPLACED_CHARS} characters with the number of lines left out,
	 * since a warning is stored in a column of bounded size.
	 */
	static String unplacedWarning(List<String> lines) {
		StringBuilder warning = new StringBuilder().append(lines.size())
			.append(lines.size() == 1 ? " line" : " lines")
			.append(" could not be placed in a section: ");
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			String quoted = "“" + cut(line, 120) + "”";
			String more = " and " + (lines.size() - i) + " more.";
			if (warning.length() + quoted.length() + 2 + more.length() > UNPLACED_CHARS) {
				return warning.append(more.substring(1)).toString();
			}
			warning.append(i == 0 ? "" : ", ").append(quoted);
		}
		return warning.append('.').toString();
	}

	/** The line cut to at most {@code length} characters with an ellipsis, never between the halves of a surrogate pair. */
	static String cut(String line, int length) {
		if (line.length() <= length) {
			return line;
		}
		int end = Character.isHighSurrogate(line.charAt(length - 2)) ? length - 2 : length - 1;
		return line.substring(0, end) + "…";
	}

	private static ParsedResume parse(String fileName, List<Line> lines, List<String> warnings, List<String> unplaced) {
		SectionSplitter.Split split = SectionSplitter.split(lines);
		List<Work> work = new ArrayList<>();
		List<Education> education = new ArrayList<>();
		List<SkillGroup> skills = new ArrayList<>();
		List<Language> languages = new ArrayList<>();
		List<Publication> publications = new ArrayList<>();
		List<Award> awards = new ArrayList<>();
		List<Certificate> certificates = new ArrayList<>();
		List<Project> projects = new ArrayList<>();
		List<Teaching> teaching = new ArrayList<>();
		List<String> summary = new ArrayList<>();
		for (Section section : split.sections()) {
			List<Line> body = section.lines().stream()
				.filter(line -> !ContactDetails.isContactLine(line.text()) && !LinkLabels.isLabel(line.text()))
				.toList();
			body = LengthLines.joined(body);
			switch (section.kind()) {
				case SUMMARY -> body.forEach(line -> summary.add(line.text()));
				case WORK -> work.addAll(WorkSectionParser.parse(body));
				case EDUCATION -> education.addAll(EducationSectionParser.parse(body));
				case SKILLS -> skills.addAll(SkillsSectionParser.parse(body));
				case LANGUAGES -> languages.addAll(LanguagesSectionParser.parse(body));
				case PUBLICATIONS -> publications.addAll(PublicationsSectionParser.parse(body));
				case AWARDS -> awards.addAll(AwardsSectionParser.parse(body));
				case CERTIFICATES -> certificates.addAll(CertificatesSectionParser.parse(body));
				case PROJECTS -> projects.addAll(ProjectsSectionParser.parse(body));
				case TEACHING -> teaching.addAll(TeachingSectionParser.parse(body));
				case OTHER -> {
					// taken by no parser: UnplacedLines lists these lines
				}
			}
		}
		if (languages.isEmpty()) {
			languages.addAll(LanguagesSectionParser.listedAlone(split.header()));
		}
		Basics basics = HeaderReader.read(split.header(), lines, publications, fileName,
				summary.isEmpty() ? null : String.join("\n", summary));
		if (split.sections().isEmpty()) {
			warnings.add("No section headings were found, so only the name and contact details were read.");
		}
		if (basics.email() == null) {
			warnings.add("No e-mail address found.");
		}
		ParsedResume resume = new ParsedResume(basics, work, education, skills, languages, publications, awards,
				certificates, projects, teaching);
		List<String> notTaken = UnplacedLines.of(split, resume);
		if (!notTaken.isEmpty()) {
			warnings.add(unplacedWarning(notTaken));
		}
		unplaced.addAll(UnplacedLines.kept(notTaken));
		return resume;
	}

}

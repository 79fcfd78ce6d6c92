package com.candidatesearch.candidate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ResumeParseException;
import com.candidatesearch.parse.ResumeParser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recruiters' corrections of a parse: saved apart from it, applied to the stored candidate at
 * once (so the index and the export follow), and applied again whenever the same file is parsed
 * again.
 */
@Service
class CandidateCorrections {

	private final CandidateRepository candidates;

	private final CorrectionRepository corrections;

	private final ResumeFiles files;

	private final ResumeParser parser;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	CandidateCorrections(CandidateRepository candidates, CorrectionRepository corrections, ResumeFiles files,
			ResumeParser parser, TransactionTemplate transactions, AuditLog audit) {
		this.candidates = candidates;
		this.corrections = corrections;
		this.files = files;
		this.parser = parser;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** The corrections made to a candidate, oldest first. */
	List<Correction> of(long candidateId) {
		return this.corrections.findByCandidateIdAndRetiredAtIsNullOrderById(candidateId);
	}

	/**
	 * Saves the fields of one entry that differ from what is stored, and applies them.
	 * @param values the form's values by field name; a blank value clears the field
	 * @return how many fields changed
	 */
	int correct(long candidateId, CorrectableSection section, int index, Map<String, String> values) {
		String entry = section.entryPath(index);
		return this.transactions.execute(status -> {
			Candidate candidate = find(candidateId);
			ParsedResume resume = candidate.toContract();
			if (!Corrections.exists(resume, entry) && section.isList()) {
				throw new CandidateNotFoundException(candidateId);
			}
			List<Correction> changed = new ArrayList<>();
			for (CorrectableSection.Field field : section.fields()) {
				String path = entry + "." + field.name();
				String before = Corrections.read(resume, path);
				String after = normalized(values.get(field.name()), field);
				if (!Objects.equals(before, after)) {
					changed.add(Correction.set(candidateId, path, after, before));
				}
			}
			if (!changed.isEmpty()) {
				this.corrections.saveAll(changed);
				candidate.replaceWith(Corrections.apply(resume, changed));
				this.audit.record(AuditAction.EDIT, candidateId, CandidateService.displayName(candidate),
						String.join(", ", changed.stream().map(Correction::getPath).toList()));
			}
			return changed.size();
		});
	}

	/** Leaves an entry out of the profile, e.g. half of a publication the parser split in two. */
	void remove(long candidateId, CorrectableSection section, int index) {
		String entry = section.entryPath(index);
		this.transactions.executeWithoutResult(status -> {
			Candidate candidate = find(candidateId);
			ParsedResume resume = candidate.toContract();
			if (!section.isList() || !Corrections.exists(resume, entry)) {
				throw new CandidateNotFoundException(candidateId);
			}
			Correction removal = Correction.remove(candidateId, entry, describe(resume, section, entry));
			this.corrections.save(removal);
			candidate.replaceWith(Corrections.apply(resume, List.of(removal)));
			this.audit.record(AuditAction.EDIT, candidateId, CandidateService.displayName(candidate),
					"removed " + entry);
		});
	}

	/**
	 * Parses the stored original again, e.g. after the parser improved, and applies the
	 * corrections on top, so none is lost.
	 */
	void reparse(long candidateId) throws IOException, ResumeParseException {
		StoredFile file = original(candidateId);
		ParseResult parse = this.parser.parse(file.fileName(), file.bytes());
		this.transactions.executeWithoutResult(status -> {
			Candidate candidate = find(candidateId);
			candidate.reparsed(Corrections.apply(parse.resume(), of(candidateId)), parse.warnings(), parse.unplaced(),
					parse.text(),
					parse.sources());
			this.audit.record(AuditAction.REPARSE, candidateId, CandidateService.displayName(candidate), null);
		});
	}

	private StoredFile original(long candidateId) throws IOException {
		String[] stored = this.transactions.execute(status -> {
			Resume resume = find(candidateId).getResume();
			return new String[] { resume.getFileName(), resume.getMediaType(), resume.getStoragePath() };
		});
		return new StoredFile(stored[0], stored[1], this.files.read(stored[2]));
	}

	/** What an entry is called, so a removal can say what was removed. */
	static String describe(ParsedResume resume, CorrectableSection section, String entry) {
		return section.fields()
			.stream()
			.map(field -> Corrections.read(resume, entry + "." + field.name()))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private Candidate find(long candidateId) {
		return this.candidates.findById(candidateId).orElseThrow(() -> new CandidateNotFoundException(candidateId));
	}

	/** What the contract would hold for this input: trimmed, blank as unknown, list items one per line. */
	static String normalized(String value, CorrectableSection.Field field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (field.kind() == CorrectableSection.Kind.LINES) {
			List<String> lines = value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
			return lines.isEmpty() ? null : String.join("\n", lines);
		}
		return value.strip();
	}

}

package com.candidatesearch.candidate;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsedResume;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores, reads and deletes candidates; the one way other features reach them. */
@Service
public class CandidateService {

	private static final int CARD_SKILLS = 8;

	private final CandidateRepository candidates;

	private final ResumeFiles files;

	private final TransactionTemplate transactions;

	private final ReadOnlyTransactions readOnly;

	private final ResumeVersionRepository versions;

	private final PendingVersionRepository pending;

	private final AuditLog audit;

	CandidateService(CandidateRepository candidates, ResumeFiles files, TransactionTemplate transactions,
			ResumeVersionRepository versions, PendingVersionRepository pending, AuditLog audit) {
		this.candidates = candidates;
		this.files = files;
		this.transactions = transactions;
		this.readOnly = new ReadOnlyTransactions(transactions);
		this.versions = versions;
		this.pending = pending;
		this.audit = audit;
	}

	/** The candidate already parsed from a file with these bytes, as the current or an earlier version, if any. */
	public Optional<Long> findBySha256(String sha256) {
		Optional<Long> current = this.candidates.findIdByResumeSha256(sha256);
		return current.isPresent() ? current
				: this.versions.findCandidateIdsBySha256(sha256).stream().findFirst();
	}

	/**
	 * Stores the original file and the parsed candidate, and audits the upload; all are in place
	 * or none is.
	 * @throws DuplicateResumeException when the same bytes were stored meanwhile
	 */
	public long create(ParseResult parse, String fileName, String sha256, byte[] bytes) {
		String path = this.files.store(sha256, bytes);
		try {
			return this.transactions.execute(status -> insert(parse, fileName, sha256, bytes.length, path));
		}
		catch (DataIntegrityViolationException ex) {
			Optional<Long> existing = findBySha256(sha256);
			if (existing.isPresent()) {
				throw new DuplicateResumeException(existing.get());
			}
			this.files.delete(path);
			throw ex;
		}
		catch (RuntimeException ex) {
			this.files.delete(path);
			throw ex;
		}
	}

	/** Stores the candidate of a parse whose file is stored at {@code path}, audited; inside a transaction. */
	long insert(ParseResult parse, String fileName, String sha256, long size, String path) {
		Resume file = new Resume(fileName, parse.mediaType(), size, sha256, parse.text(), path);
		Candidate candidate = this.candidates.saveAndFlush(Candidate.of(parse.resume(), file, parse.warnings(),
				parse.sources(), parse.unplaced()));
		this.audit.record(AuditAction.UPLOAD, candidate.getId(), displayName(candidate), fileName);
		return candidate.getId();
	}

	/** The candidate in the parse contract's shape. */
	public Optional<ParsedResume> export(long id) {
		return read(() -> this.candidates.findById(id).map(Candidate::toContract));
	}

	/**
	 * The candidate in the contract's shape, with parse warnings and publication facts under
	 * {@code meta}, for someone taking the data out of the application: audited as an export.
	 */
	public Optional<CandidateExport> exportWithMeta(long id) {
		return this.transactions.execute(status -> this.candidates.findById(id).map(candidate -> {
			this.audit.record(AuditAction.EXPORT, id, displayName(candidate), "JSON");
			return CandidateExport.of(candidate.toContract(), List.copyOf(candidate.getWarnings()),
					List.copyOf(candidate.getUnplacedLines()), candidate.getSources(),
					candidate.getResume().getExtractedText());
		}));
	}

	/** The extracted text and where each parsed value was found in it. */
	public Optional<CandidateSources> sources(long id) {
		return read(() -> this.candidates.findById(id).map(candidate -> {
			Map<String, String> values = new LinkedHashMap<>();
			JsonPaths.scalars(candidate.toContract()).forEach(values::put);
			String text = candidate.getResume().getExtractedText();
			return new CandidateSources(candidate.getId(),
					candidate.getName() != null ? candidate.getName() : candidate.getResume().getFileName(),
					text == null ? "" : text, candidate.getSources(), values);
		}));
	}

	public Optional<CandidateProfile> profile(long id) {
		return read(() -> this.candidates.findById(id).map(CandidateService::toProfile));
	}

	/** The profiles of these candidates in the order asked; unknown ids are left out. */
	public List<CandidateProfile> profiles(List<Long> ids) {
		return read(() -> {
			Map<Long, CandidateProfile> found = this.candidates.findWithResumeByIdIn(ids)
				.stream()
				.collect(Collectors.toMap(Candidate::getId, CandidateService::toProfile));
			return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
		});
	}

	/** What a search hit shows of each of these candidates. */
	public Map<Long, CandidateCard> cards(Collection<Long> ids) {
		return read(() -> this.candidates.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Candidate::getId, CandidateService::toCard, (a, b) -> a, LinkedHashMap::new)));
	}

	/** Years of work and years per skill of these candidates, by id; unknown ids are left out. */
	public Map<Long, CandidateExperience> experience(Collection<Long> ids) {
		YearMonth now = Today.month();
		return read(() -> this.candidates.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Candidate::getId,
					candidate -> new CandidateExperience(candidate.getExperienceYears(),
							candidate.getFacts()
								.skillUses()
								.stream()
								.map(use -> new CandidateCard.Skill(use.skill(), use.years(), use.lastUsed(),
										now.equals(use.lastUsed())))
								.toList()))));
	}

	/** The uploaded original's bytes, read from the data folder. */
	public Optional<StoredFile> original(long id) throws IOException {
		Optional<StoredAt> found = read(() -> this.candidates.findById(id)
			.map(Candidate::getResume)
			.map(file -> new StoredAt(file.getFileName(), file.getMediaType(), file.getStoragePath())));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		StoredAt file = found.get();
		return Optional.of(new StoredFile(file.fileName(), file.mediaType(), this.files.read(file.path())));
	}

	/** The text extracted from the uploaded original, as it was indexed. */
	Optional<String> extractedText(long id) {
		return read(() -> this.candidates.findById(id).map(candidate -> candidate.getResume().getExtractedText()));
	}

	private record StoredAt(String fileName, String mediaType, String path) {
	}

	/**
	 * Deletes the candidate's rows, index document and stored original, with every earlier version
	 * and upload held for it and their files, and audits it; false when there was none.
	 */
	public boolean delete(long id) {
		List<String> paths = this.transactions.execute(status -> this.candidates.findById(id).map(candidate -> {
			List<String> stored = new ArrayList<>();
			stored.add(candidate.getResume().getStoragePath());
			stored.addAll(this.versions.findStoragePathsByCandidateId(id));
			stored.addAll(this.pending.findStoragePathsByCandidateId(id));
			this.audit.record(AuditAction.DELETE, id, displayName(candidate), candidate.getResume().getFileName());
			// The database removes the version and pending rows with the candidate (ON DELETE CASCADE).
			this.candidates.delete(candidate);
			return stored;
		}).orElse(null));
		if (paths == null) {
			return false;
		}
		paths.forEach(this.files::delete);
		return true;
	}

	/** The candidate's name, or the uploaded file's when the parse found none. */
	static String displayName(Candidate candidate) {
		return candidate.getName() != null ? candidate.getName() : candidate.getResume().getFileName();
	}

	public long count() {
		return this.candidates.count();
	}

	private <T> T read(Supplier<T> work) {
		return this.readOnly.read(work);
	}

	private static CandidateProfile toProfile(Candidate candidate) {
		Resume file = candidate.getResume();
		return new CandidateProfile(candidate.getId(), candidate.toContract(), new CandidateProfile.OriginalFile(
				file.getFileName(), file.getMediaType(), file.getSizeBytes(), file.getSha256(), file.getUploadedAt()),
				List.copyOf(candidate.getWarnings()), List.copyOf(candidate.getUnplacedLines()));
	}

	private static CandidateCard toCard(Candidate candidate) {
		Position latest = candidate.getPositions()
			.stream()
			.min(Comparator.comparing((Position p) -> p.getEndDate() == null ? 0 : 1))
			.orElse(null);
		YearMonth now = Today.month();
		List<CandidateCard.Skill> skills = candidate.getFacts()
			.skillUses()
			.stream()
			.sorted(Comparator.comparingInt(SkillUse::years).reversed())
			.limit(CARD_SKILLS)
			.map(use -> new CandidateCard.Skill(use.skill(), use.years(), use.lastUsed(), now.equals(use.lastUsed())))
			.toList();
		return new CandidateCard(latest == null ? null : latest.getTitle(),
				latest == null ? null : latest.getOrganization(), skills);
	}

}

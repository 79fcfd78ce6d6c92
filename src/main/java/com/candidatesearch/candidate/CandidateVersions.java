package com.candidatesearch.candidate;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import com.candidatesearch.identity.Identity;
import com.candidatesearch.identity.IdentityMatch;
import com.candidatesearch.identity.IdentityMatcher;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.SourceSpan;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * New versions of a candidate's resume: finding the candidate an upload is likely a new version
 * of, holding the upload until a recruiter decides, taking it as the candidate's new profile
 * while keeping the one before, and reading the versions back.
 */
@Service
public class CandidateVersions {

	/** How many candidates one lookup compares at most, per kind of key: enough for every namesake worth a look. */
	static final int LOOKUP_LIMIT = 25;

	/** How long an upload waits for a decision before it is discarded with its file. */
	static final Duration PENDING_KEPT = Duration.ofDays(14);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CandidateRepository candidates;

	private final ResumeVersionRepository versions;

	private final PendingVersionRepository pending;

	private final CorrectionRepository corrections;

	private final ResumeFiles files;

	private final TransactionTemplate transactions;

	private final ReadOnlyTransactions readOnly;

	private final AuditLog audit;

	private final CandidateService service;

	private final IdentityLocks locks;

	CandidateVersions(CandidateRepository candidates, ResumeVersionRepository versions,
			PendingVersionRepository pending, CorrectionRepository corrections, ResumeFiles files,
			TransactionTemplate transactions, AuditLog audit, CandidateService service, IdentityLocks locks) {
		this.service = service;
		this.locks = locks;
		this.candidates = candidates;
		this.versions = versions;
		this.pending = pending;
		this.corrections = corrections;
		this.files = files;
		this.transactions = transactions;
		this.readOnly = new ReadOnlyTransactions(transactions);
		this.audit = audit;
	}

	/**
	 * The stored candidate this parse most likely belongs to. Candidates are found by their
	 * indexed identity keys (e-mail, phone, profiles, then surname with initial), never by scanning.
	 */
	public Optional<IdentityMatch> likelySamePerson(ParseResult parse) {
		return likelySamePerson(Identity.of(parse.resume(), parse.text()));
	}

	private Optional<IdentityMatch> likelySamePerson(Identity fresh) {
		return read(() -> {
			List<Long> ids = new ArrayList<>();
			List<String> exact = fresh.keys().stream().filter(key -> !key.startsWith(Identity.NAME)).toList();
			List<String> names = fresh.keys().stream().filter(key -> key.startsWith(Identity.NAME)).toList();
			if (!exact.isEmpty()) {
				ids.addAll(this.candidates.findIdsByIdentityKeyIn(exact, PageRequest.of(0, LOOKUP_LIMIT)));
			}
			if (!names.isEmpty()) {
				this.candidates.findIdsByIdentityKeyIn(names, PageRequest.of(0, LOOKUP_LIMIT))
					.stream()
					.filter(id -> !ids.contains(id))
					.forEach(ids::add);
			}
			Map<Long, Identity> stored = new LinkedHashMap<>();
			this.candidates.findWithResumeByIdIn(ids)
				.forEach(candidate -> stored.put(candidate.getId(),
						Identity.of(candidate.toContract(), candidate.getResume().getExtractedText())
							.withKeys(candidate.getIdentityKeys())));
			return IdentityMatcher.best(fresh, stored);
		});
	}

	/** The upload of these bytes already held as a likely new version, if any. */
	public Optional<HeldVersion> heldFor(String sha256) {
		return read(() -> this.pending.findBySha256(sha256).map(this::held));
	}

	/**
	 * Stores an upload: held as a likely new version of the stored candidate it names, until a
	 * recruiter updates the candidate with it or keeps it apart (uploads waiting longer than
	 * {@link #PENDING_KEPT} go), or stored as a candidate of its own. Uploads that share an identity key are decided one after the other
	 * ({@link IdentityLocks}), so six files of one new person sent at once give one candidate and
	 * five held versions, as they do sent one by one.
	 * @throws DuplicateResumeException when the same bytes are stored as a candidate's
	 */
	public StoredUpload store(ParseResult parse, String fileName, String sha256, byte[] bytes) {
		discardExpired();
		Identity fresh = Identity.of(parse.resume(), parse.text());
		String json = json(new HeldParse(parse.resume(), parse.warnings(), parse.sources(), parse.unplaced()));
		String path = this.files.store(sha256, bytes);
		try {
			return this.transactions.execute(status -> {
				this.locks.lock(fresh.keys());
				// Identical bytes lock the same keys, so the first of them is visible here by now.
				Optional<Long> same = this.service.findBySha256(sha256);
				if (same.isPresent()) {
					throw new DuplicateResumeException(same.get());
				}
				Optional<HeldVersion> heldAlready = heldFor(sha256);
				if (heldAlready.isPresent()) {
					auditHeldAgain(heldAlready.get(), fileName);
					return StoredUpload.held(heldAlready.get());
				}
				Optional<IdentityMatch> match = likelySamePerson(fresh);
				if (match.isPresent()) {
					return StoredUpload.held(insertHeld(parse, json, fileName, sha256, bytes.length, path, match.get()));
				}
				return StoredUpload.created(this.service.insert(parse, fileName, sha256, bytes.length, path));
			});
		}
		catch (DuplicateResumeException ex) {
			// The bytes belong to the stored candidate, which keeps the file at the same path.
			throw ex;
		}
		catch (DataIntegrityViolationException ex) {
			// Identical bytes without an identity key were stored or held meanwhile: that upload stands.
			Optional<Long> existing = this.service.findBySha256(sha256);
			if (existing.isPresent()) {
				throw new DuplicateResumeException(existing.get());
			}
			Optional<HeldVersion> other = heldFor(sha256);
			if (other.isPresent()) {
				auditHeldAgain(other.get(), fileName);
				return StoredUpload.held(other.get());
			}
			this.files.delete(path);
			throw ex;
		}
		catch (RuntimeException ex) {
			this.files.delete(path);
			throw ex;
		}
	}

	private HeldVersion insertHeld(ParseResult parse, String json, String fileName, String sha256, long size,
			String path, IdentityMatch match) {
		HeldVersion held = held(this.pending.saveAndFlush(new PendingVersion(match.candidateId(), fileName,
				parse.mediaType(), size, sha256, path, parse.text(), json, match.reasons())));
		this.audit.record(AuditAction.VERSION_HELD, held.candidateId(), held.candidateName(), fileName);
		return held;
	}

	/** Audits an upload of bytes already held: nothing changes, the upload is still worth an entry. */
	public void auditHeldAgain(HeldVersion held, String fileName) {
		this.audit.record(AuditAction.VERSION_HELD, held.candidateId(), held.candidateName(), fileName);
	}

	/**
	 * Updates the candidate with the held upload: the profile becomes its parse with the recruiters'
	 * corrections re-applied where they still apply, the file becomes the original, the index
	 * follows, the profile and file before are kept as a version, and the audit entry is written,
	 * all in one transaction.
	 * @throws CandidateNotFoundException when the candidate or the held upload is gone
	 */
	public CandidateVersionAccepted accept(long candidateId, long pendingId) {
		return this.transactions.execute(status -> {
			PendingVersion upload = this.pending.findByIdAndCandidateId(pendingId, candidateId)
				.orElseThrow(() -> new PendingVersionNotFoundException(candidateId, pendingId));
			Candidate candidate = this.candidates.findById(candidateId)
				.orElseThrow(() -> new CandidateNotFoundException(candidateId));
			ParsedResume before = candidate.toContract();
			ResumeVersion kept = this.versions.save(new ResumeVersion(candidateId, candidate.getResume(), json(before)));
			HeldParse parse = JSON.readValue(upload.getParseJson(), HeldParse.class);
			CorrectionCarry.Carried carried = CorrectionCarry.carry(parse.resume(), before,
					this.corrections.findByCandidateIdAndRetiredAtIsNullOrderById(candidateId));
			carried.retired().forEach(Correction::retire);
			this.pending.delete(upload);
			// The old resume row goes (its file stays, named by the kept version) before the new one takes its place.
			this.pending.flush();
			candidate.takeVersion(carried.resume(), parse.warnings(), parse.unplaced(), parse.sources(), upload.toResume());
			int retired = carried.retired().size();
			this.audit.record(AuditAction.VERSION_ACCEPTED, candidateId, CandidateService.displayName(candidate),
					upload.getFileName() + (retired == 0 ? "" : "; " + retired + " corrections retired"));
			return new CandidateVersionAccepted(candidateId, kept.getId(), upload.getFileName(), upload.getSha256(),
					retired, Instant.now());
		});
	}

	/**
	 * Stores the held upload as a candidate of its own, as if it had not looked like anyone's, and
	 * audits it as an upload in the same transaction.
	 * @return the new candidate's id
	 */
	public long keepSeparate(long candidateId, long pendingId) {
		return this.transactions.execute(status -> {
			PendingVersion upload = this.pending.findByIdAndCandidateId(pendingId, candidateId)
				.orElseThrow(() -> new PendingVersionNotFoundException(candidateId, pendingId));
			HeldParse parse = JSON.readValue(upload.getParseJson(), HeldParse.class);
			this.pending.delete(upload);
			this.pending.flush();
			Candidate created = this.candidates
				.saveAndFlush(Candidate.of(parse.resume(), upload.toResume(), parse.warnings(), parse.sources(),
						parse.unplaced()));
			this.audit.record(AuditAction.VERSION_KEPT_APART, created.getId(), CandidateService.displayName(created),
					upload.getFileName() + "; held as a version of candidate " + candidateId);
			return created.getId();
		});
	}

	/** Drops a held upload and its file, audited; false when there was none. */
	public boolean discard(long candidateId, long pendingId) {
		String path = this.transactions.execute(status -> this.pending.findByIdAndCandidateId(pendingId, candidateId)
			.map(upload -> {
				this.pending.delete(upload);
				this.audit.record(AuditAction.VERSION_DISCARDED, candidateId, held(upload).candidateName(),
						upload.getFileName());
				return upload.getStoragePath();
			})
			.orElse(null));
		if (path == null) {
			return false;
		}
		this.files.delete(path);
		return true;
	}

	/** The uploads held as likely new versions of the candidate's resume, oldest first. */
	public List<HeldUpload> heldUploads(long candidateId) {
		return read(() -> this.pending.findByCandidateIdOrderById(candidateId)
			.stream()
			.map(upload -> new HeldUpload(upload.getId(), upload.getFileName(), upload.getUploadedAt(),
					upload.getReasons()))
			.toList());
	}

	/** Every version of the candidate's resume, oldest first, the current profile last. */
	public Optional<VersionHistory> history(long candidateId) {
		return read(() -> this.candidates.findById(candidateId).map(candidate -> {
			List<VersionHistory.Version> all = new ArrayList<>();
			for (ResumeVersion version : this.versions.findByCandidateIdOrderById(candidateId)) {
				all.add(new VersionHistory.Version(version.getId(), version.getFileName(), version.getMediaType(),
						version.getSizeBytes(), version.getUploadedAt(),
						JSON.readValue(version.getParseJson(), ParsedResume.class)));
			}
			Resume file = candidate.getResume();
			all.add(new VersionHistory.Version(null, file.getFileName(), file.getMediaType(), file.getSizeBytes(),
					file.getUploadedAt(), candidate.toContract()));
			String name = candidate.getName() != null ? candidate.getName() : file.getFileName();
			return new VersionHistory(candidateId, name, all);
		}));
	}

	/** The original file of an earlier version, its download audited as {@code DOWNLOAD}. */
	public Optional<StoredFile> versionFile(long candidateId, long versionId) throws IOException {
		Optional<ResumeVersion> version = read(() -> this.versions.findByIdAndCandidateId(versionId, candidateId));
		if (version.isEmpty()) {
			return Optional.empty();
		}
		ResumeVersion found = version.get();
		StoredFile file = new StoredFile(found.getFileName(), found.getMediaType(), this.files.read(found.getStoragePath()));
		String name = read(() -> this.candidates.findById(candidateId).map(CandidateService::displayName).orElse(null));
		this.audit.record(AuditAction.DOWNLOAD, candidateId, name, found.getFileName() + " (version " + versionId + ")");
		return Optional.of(file);
	}

	/** Discards uploads nobody decided on in {@link #PENDING_KEPT}, with their files. */
	void discardExpired() {
		List<String> paths = this.transactions.execute(status -> {
			List<PendingVersion> expired = this.pending.findByUploadedAtBefore(Instant.now().minus(PENDING_KEPT));
			this.pending.deleteAll(expired);
			return expired.stream().map(PendingVersion::getStoragePath).toList();
		});
		paths.forEach(this.files::delete);
	}

	private HeldVersion held(PendingVersion upload) {
		String name = this.candidates.findById(upload.getCandidateId())
			.map(candidate -> candidate.getName() != null ? candidate.getName() : candidate.getResume().getFileName())
			.orElse("candidate " + upload.getCandidateId());
		return new HeldVersion(upload.getId(), upload.getCandidateId(), name, upload.getReasons(), upload.getFileName());
	}

	private static String json(Object value) {
		String json = JSON.writeValueAsString(value);
		if (json.length() > ResumeVersion.MAX_JSON) {
			throw new IllegalStateException("A parse of " + json.length() + " characters is too large to keep as a version");
		}
		return json;
	}

	private <T> T read(Supplier<T> work) {
		return this.readOnly.read(work);
	}

	/**
	 * A parse as it is held: the resume, the warnings, where each value was found and the lines
	 * no part of it took (none in a parse held before they were kept).
	 */
	record HeldParse(ParsedResume resume, List<String> warnings, Map<String, SourceSpan> sources,
			List<String> unplaced) {

		HeldParse {
			unplaced = unplaced == null ? List.of() : unplaced;
		}

	}

}

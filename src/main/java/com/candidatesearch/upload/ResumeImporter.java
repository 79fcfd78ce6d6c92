package com.candidatesearch.upload;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.candidatesearch.CandidateSearchProperties;
import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import com.candidatesearch.candidate.CandidateService;
import com.candidatesearch.candidate.CandidateVersions;
import com.candidatesearch.candidate.DuplicateResumeException;
import com.candidatesearch.candidate.HeldVersion;
import com.candidatesearch.candidate.StoredUpload;
import com.candidatesearch.parse.ParseResult;
import com.candidatesearch.parse.ParsersBusyException;
import com.candidatesearch.parse.ResumeParseException;
import com.candidatesearch.parse.ResumeParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes uploaded files in: each is checked for a duplicate, parsed and stored on its own, so
 * one broken file in a batch fails alone.
 */
@Service
public class ResumeImporter {

	private static final Logger log = LoggerFactory.getLogger(ResumeImporter.class);

	private final ResumeParser parser;

	private final CandidateService candidates;

	private final CandidateVersions versions;

	private final AuditLog audit;

	private final int maxFiles;

	private final ImportMetrics metrics;

	ResumeImporter(ResumeParser parser, CandidateService candidates, CandidateVersions versions, AuditLog audit,
			CandidateSearchProperties properties, ImportMetrics metrics) {
		this.parser = parser;
		this.candidates = candidates;
		this.versions = versions;
		this.audit = audit;
		this.maxFiles = properties.upload().maxFiles();
		this.metrics = metrics;
	}

	/**
	 * Imports every file of an upload, one outcome per file in the order given.
	 * @throws TooManyFilesException when the upload carries more files than one request may
	 * @throws UploadBusyException when every parser is busy: the files before are taken in, the rest not looked at
	 */
	public List<UploadOutcome> importAll(List<MultipartFile> files) {
		if (files.size() > this.maxFiles) {
			throw new TooManyFilesException(files.size(), this.maxFiles);
		}
		List<UploadOutcome> outcomes = new ArrayList<>();
		for (MultipartFile file : files) {
			try {
				outcomes.add(importFile(file));
			}
			catch (ParsersBusyException busy) {
				throw new UploadBusyException(outcomes, files.size(), busy);
			}
		}
		return outcomes;
	}

	UploadOutcome importFile(MultipartFile upload) {
		String name = FileNames.clean(upload.getOriginalFilename());
		try {
			return importFile(name, upload.getBytes());
		}
		catch (IOException ex) {
			UploadOutcome failed = UploadOutcome.failed(name, name + " could not be received completely; upload it again.");
			this.audit.record(AuditAction.UPLOAD_FAILED, null, null, name + ": " + failed.error());
			return failed;
		}
	}

	/**
	 * Imports one file's bytes under the name it was uploaded with. A file that looks like a new
	 * version of a stored candidate's resume is held, neither stored as a second candidate nor
	 * written over the first, until a recruiter decides. A created candidate or held version is
	 * audited with it; a duplicate or a failure is audited here.
	 */
	public UploadOutcome importFile(String name, byte[] bytes) {
		UploadOutcome outcome = this.metrics.counted(importBytes(name, bytes));
		if (outcome.isDuplicate()) {
			this.audit.record(AuditAction.DUPLICATE, outcome.id(), null, name);
		}
		else if (outcome.isFailed()) {
			this.audit.record(AuditAction.UPLOAD_FAILED, null, null, name + ": " + outcome.error());
		}
		return outcome;
	}

	private UploadOutcome importBytes(String name, byte[] bytes) {
		String sha256 = sha256(bytes);
		Optional<Long> existing = this.candidates.findBySha256(sha256);
		if (existing.isPresent()) {
			return UploadOutcome.duplicate(name, existing.get());
		}
		Optional<HeldVersion> held = this.versions.heldFor(sha256);
		if (held.isPresent()) {
			this.versions.auditHeldAgain(held.get(), name);
			return UploadOutcome.version(name, held.get());
		}
		ParseResult parse;
		var parsing = this.metrics.startParse();
		try {
			parse = this.parser.parse(name, bytes);
			this.metrics.parsed(parsing, name, ImportMetrics.PARSED);
		}
		catch (ResumeParseException ex) {
			this.metrics.parsed(parsing, name, ImportMetrics.REFUSED);
			return UploadOutcome.failed(name, ex.getMessage());
		}
		catch (ParsersBusyException ex) {
			// Not the file's failure: it was never looked at, and the client is told to send it again.
			throw ex;
		}
		catch (RuntimeException ex) {
			this.metrics.parsed(parsing, name, ImportMetrics.ERROR);
			log.error("Parsing {} failed unexpectedly", name, ex);
			return UploadOutcome.failed(name, name + " could not be parsed because of an error in Candidate Search; "
					+ "nothing was stored. Try another format of the resume (PDF, DOCX or plain text).");
		}
		try {
			StoredUpload stored = this.versions.store(parse, name, sha256, bytes);
			return stored.isHeld() ? UploadOutcome.version(name, stored.held())
					: UploadOutcome.created(name, stored.createdId());
		}
		catch (DuplicateResumeException ex) {
			return UploadOutcome.duplicate(name, ex.existingId());
		}
		catch (RuntimeException ex) {
			log.error("Storing {} failed", name, ex);
			return UploadOutcome.failed(name,
					name + " was parsed but could not be stored; nothing was kept. Try again, and tell your "
							+ "administrator if it keeps failing.");
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}

package com.candidatesearch.audit;

import com.candidatesearch.candidate.CandidateVersionAccepted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audits a recruiter updating a candidate with a new version of the resume. */
@Component
class VersionEvents {

	private final AuditLog log;

	VersionEvents(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void accepted(CandidateVersionAccepted event) {
		this.log.record(AuditAction.VERSION_ACCEPTED, event.candidateId(), null, event.fileName()
				+ (event.retiredCorrections() == 0 ? "" : "; " + event.retiredCorrections() + " corrections retired"));
	}

}

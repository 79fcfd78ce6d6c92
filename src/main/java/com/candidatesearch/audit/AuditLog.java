package com.candidatesearch.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who uploaded, changed, exported or deleted which candidate, and who signed in or
 * managed accounts. An entry joins the caller's transaction when there is one, so a change and
 * its entry are stored together or not at all.
 */
@Service
public class AuditLog {

	/** Who an entry names when no one is signed in, e.g. work done at start-up. */
	public static final String SYSTEM = "system";

	static final int PAGE_SIZE = 50;

	private final AuditRepository entries;

	AuditLog(AuditRepository entries) {
		this.entries = entries;
	}

	/**
	 * Records an action of the signed-in user, from the address of the current request.
	 * @param candidateId the candidate concerned, or {@code null}
	 * @param candidateName the candidate's name as it is now, since the candidate may be deleted later
	 * @param detail what else is worth knowing (a file name, the fields corrected), or {@code null}
	 */
	@Transactional
	public void record(AuditAction action, Long candidateId, String candidateName, String detail) {
		recordAs(currentUser(), action, candidateId, candidateName, detail);
	}

	/** Records an action on behalf of a named user, e.g. the name typed into a failed sign-in. */
	@Transactional
	public void recordAs(String username, AuditAction action, Long candidateId, String candidateName, String detail) {
		this.entries.save(new AuditEntry(username == null || username.isBlank() ? "(blank)" : username, action,
				candidateId, candidateName, detail, remoteAddress()));
	}

	/** A page of entries, newest first, of one user, one action and one candidate when given. */
	@Transactional(readOnly = true)
	Page<AuditEntry> find(AuditFilter filter, int page) {
		Specification<AuditEntry> matching = (root, query, builder) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.user() != null) {
				where.add(builder.equal(root.get("username"), filter.user()));
			}
			if (filter.action() != null) {
				where.add(builder.equal(root.get("action"), filter.action()));
			}
			if (filter.candidate() != null) {
				where.add(builder.equal(root.get("candidateId"), filter.candidate()));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
		return this.entries.findAll(matching,
				PageRequest.of(page, PAGE_SIZE, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	/**
	 * The client's address as the server sees it; behind a reverse proxy, set
	 * {@code server.forward-headers-strategy=native} so it is the client's and not the proxy's.
	 */
	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}

package com.candidatesearch.account;

import com.candidatesearch.CandidateSearchProperties;
import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure the administrator {@code admin} exists when the application starts. With
 * {@code candidate-search.admin.password} set, that is its password at every start (so an
 * operator who lost it sets the property and restarts); without it, the first start generates
 * one and logs it once.
 */
// Only where the application serves: a command such as reindex runs without the web server
// and with its logging silenced, so a password generated there would never be seen.
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final String configured;

	FirstAdmin(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate transactions, AuditLog audit,
			CandidateSearchProperties properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.transactions = transactions;
		this.audit = audit;
		this.configured = properties.admin().password();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.configured != null) {
			String problem = Passwords.problem(this.configured);
			if (problem != null) {
				throw new IllegalStateException("candidate-search.admin.password (CANDIDATE_SEARCH_ADMIN_PASSWORD) "
						+ "will not do: " + problem.replace("; leave it empty to have one generated", "")
						+ " Set a longer one, or unset it to have a password generated on the first start.");
			}
			useConfiguredPassword();
		}
		else {
			createWithGeneratedPassword();
		}
	}

	private void useConfiguredPassword() {
		this.transactions.executeWithoutResult(status -> {
			Account admin = this.accounts.findByUsername(USERNAME).orElse(null);
			if (admin == null) {
				this.accounts.save(new Account(USERNAME, this.encoder.encode(this.configured), Role.ADMIN, AuditLog.SYSTEM));
				this.audit.record(AuditAction.USER_ADDED, null, null, USERNAME + " (Administrator, from "
						+ "candidate-search.admin.password)");
				log.info("Created the administrator \"{}\" with the password from candidate-search.admin.password", USERNAME);
			}
			// Deliberately also when an administrator disabled admin: while the property is set it is the
			// way back in, so every start enables admin again. To keep admin disabled, unset the property.
			else if (!this.encoder.matches(this.configured, admin.getPasswordHash()) || !admin.isEnabled()
					|| admin.getRole() != Role.ADMIN) {
				admin.changePassword(this.encoder.encode(this.configured));
				admin.enable();
				admin.makeAdmin();
				this.audit.record(AuditAction.PASSWORD_RESET, null, null,
						USERNAME + " (enabled, password from candidate-search.admin.password)");
				log.warn("The administrator \"{}\" now has the password from candidate-search.admin.password, and is "
						+ "enabled", USERNAME);
			}
		});
	}

	private void createWithGeneratedPassword() {
		if (this.accounts.findByUsername(USERNAME).isPresent()) {
			return;
		}
		String password = Passwords.generate();
		try {
			this.transactions.executeWithoutResult(status -> {
				this.accounts.saveAndFlush(new Account(USERNAME, this.encoder.encode(password), Role.ADMIN,
						AuditLog.SYSTEM));
				this.audit.record(AuditAction.USER_ADDED, null, null, USERNAME + " (Administrator, generated password)");
			});
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance on the same database created it first and printed its password.
			return;
		}
		log.warn("""

				=====================================================================
				  First start: created the administrator account.
				    user:     {}
				    password: {}
				  This is shown once. Sign in, add accounts under Users, and keep
				  the password safe (or set CANDIDATE_SEARCH_ADMIN_PASSWORD).
				=====================================================================""", USERNAME, password);
	}

}

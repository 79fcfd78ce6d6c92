package com.candidatesearch.account;

import java.util.List;
import java.util.regex.Pattern;

import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding, disabling and enabling accounts and resetting passwords, with the rules that keep
 * the application manageable: nobody disables themself, and the last enabled administrator
 * stays enabled. Each change is audited in the same transaction.
 */
@Service
class Accounts {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	Accounts(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<Account> all() {
		return this.accounts.findAllByOrderByUsername();
	}

	/**
	 * Adds an account.
	 * @param password the initial password, or blank to generate one
	 * @return the password the new user signs in with
	 * @throws AccountException when the name or password will not do, or the name is taken
	 */
	@Transactional
	String add(String username, Role role, String password) {
		String name = AccountDetails.normalized(username);
		if (!NAME.matcher(name).matches()) {
			throw new AccountException("A user name is 2 to 64 letters, digits, dots, dashes, underscores or @, "
					+ "starting with a letter or digit.");
		}
		if (role == null) {
			throw new AccountException("Choose a role: Recruiter or Administrator.");
		}
		String chosen = password == null || password.isEmpty() ? Passwords.generate() : password;
		String problem = Passwords.problem(chosen);
		if (problem != null) {
			throw new AccountException(problem);
		}
		if (this.accounts.findByUsername(name).isPresent()) {
			throw new AccountException("There is already a user called " + name + ". Choose another name.");
		}
		try {
			this.accounts.saveAndFlush(new Account(name, this.encoder.encode(chosen), role, null));
		}
		catch (DataIntegrityViolationException ex) {
			throw new AccountException("There is already a user called " + name + ". Choose another name.");
		}
		this.audit.record(AuditAction.USER_ADDED, null, null, name + " (" + role.label() + ")");
		return chosen;
	}

	/** Disables an account; its sessions end on their next request. */
	@Transactional
	void disable(String username, String actingUser) {
		Account account = find(username);
		if (account.getUsername().equals(AccountDetails.normalized(actingUser))) {
			throw new AccountException("You cannot disable your own account. Ask another administrator.");
		}
		// Two administrators disabling each other at once would each count two enabled and both go:
		// the administrators' rows are locked first, and the count is taken after whoever held them committed.
		if (account.getRole() == Role.ADMIN) {
			this.accounts.lockByRole(Role.ADMIN);
		}
		if (account.isEnabled() && account.getRole() == Role.ADMIN
				&& this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountException(account.getUsername() + " is the last enabled administrator and stays "
					+ "enabled. Add or enable another administrator first.");
		}
		account.disable();
		this.audit.record(AuditAction.USER_DISABLED, null, null, account.getUsername());
	}

	@Transactional
	void enable(String username) {
		Account account = find(username);
		account.enable();
		this.audit.record(AuditAction.USER_ENABLED, null, null, account.getUsername());
	}

	/** Gives an account a new generated password, shown once to the administrator who reset it. */
	@Transactional
	String resetPassword(String username) {
		Account account = find(username);
		String password = Passwords.generate();
		account.changePassword(this.encoder.encode(password));
		this.audit.record(AuditAction.PASSWORD_RESET, null, null, account.getUsername());
		return password;
	}

	/** Notes a successful sign-in through the sign-in form. */
	@Transactional
	void signedIn(String username) {
		this.accounts.findByUsername(AccountDetails.normalized(username)).ifPresent(Account::signedIn);
	}

	private Account find(String username) {
		String name = AccountDetails.normalized(username);
		return this.accounts.findByUsername(name)
			.orElseThrow(() -> new AccountException(name.length() > 64 ? "There is no such user."
					: "There is no user called " + name + "."));
	}

}

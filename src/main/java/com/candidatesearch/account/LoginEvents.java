package com.candidatesearch.account;

import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins through the form and every failed attempt, by form or HTTP Basic. A
 * successful Basic request is not an entry: scripts would fill the log with one per request.
 */
@Component
class LoginEvents {

	private final Accounts accounts;

	private final AuditLog audit;

	LoginEvents(Accounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String name = event.getAuthentication().getName();
		this.accounts.signedIn(name);
		this.audit.recordAs(name, AuditAction.LOGIN, null, null, null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Object typed = event.getAuthentication().getPrincipal();
		String reason = event.getException() instanceof DisabledException ? "account disabled"
				: "wrong user name or password";
		this.audit.recordAs(AccountDetails.normalized(typed == null ? null : typed.toString()),
				AuditAction.LOGIN_FAILED, null, null, reason);
	}

}

package com.candidatesearch.account;

import com.candidatesearch.audit.AuditAction;
import com.candidatesearch.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins through the form and every failed attempt, by form or HTTP Basic, and tells
 * the {@link SignInThrottle} how each attempt it counted ended. A successful Basic request is not an entry:
 * scripts would fill the log with one per request.
 */
@Component
class LoginEvents {

	private final Accounts accounts;

	private final AuditLog audit;

	private final SignInThrottle throttle;

	LoginEvents(Accounts accounts, AuditLog audit, SignInThrottle throttle) {
		this.accounts = accounts;
		this.audit = audit;
		this.throttle = throttle;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String name = event.getAuthentication().getName();
		this.accounts.signedIn(name);
		this.audit.recordAs(name, AuditAction.LOGIN, null, null, null);
	}

	/** Any successful check of a password, by form or HTTP Basic: the throttle gives the attempt back. */
	@EventListener
	void authenticated(AuthenticationSuccessEvent event) {
		this.throttle.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Object typed = event.getAuthentication().getPrincipal();
		String name = AccountDetails.normalized(typed == null ? null : typed.toString());
		String reason = event.getException() instanceof DisabledException ? "account disabled"
				: "wrong user name or password";
		this.audit.recordAs(name, AuditAction.LOGIN_FAILED, null, null, reason);
		if (this.throttle.failed(name, address(event.getAuthentication()))) {
			this.audit.recordAs(name, AuditAction.LOGIN_PAUSED, null, null,
					"too many failed sign-ins; paused for " + SignInThrottle.WINDOW.toMinutes() + " minutes");
		}
	}

	/** The client's address as the sign-in filters noted it. */
	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
	}

}

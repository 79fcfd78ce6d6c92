package com.candidatesearch.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of the accounts table, for sign-in by form and by HTTP Basic. */
@Service
class AccountDetails implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetails(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = normalized(username);
		Account account = this.accounts.findByUsername(name)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + name));
		return new AccountUser(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
				account.getRole().authorities());
	}

	/** User names are compared in lower case, without surrounding spaces. */
	static String normalized(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}

package com.candidatesearch.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Accounts for web slice tests, which have no database: a recruiter, an administrator and a
 * disabled recruiter, each with the password {@value #PASSWORD}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery";

	@Bean
	UserDetailsService testAccounts(PasswordEncoder encoder) {
		String hash = encoder.encode(PASSWORD);
		return new InMemoryUserDetailsManager(
				User.withUsername("recruiter").password(hash).roles("RECRUITER").build(),
				User.withUsername("admin").password(hash).roles("RECRUITER", "ADMIN").build(),
				User.withUsername("gone").password(hash).roles("RECRUITER").disabled(true).build());
	}

}

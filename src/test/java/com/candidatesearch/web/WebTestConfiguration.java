package com.candidatesearch.web;

import com.candidatesearch.account.SignInThrottle;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What a web slice test needs besides its controller: our security rules, test accounts and error answers. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SignInThrottle.class, TestAccounts.class, ErrorAdvice.class })
public class WebTestConfiguration {

}

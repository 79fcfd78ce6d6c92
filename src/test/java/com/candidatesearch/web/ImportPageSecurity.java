package com.candidatesearch.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.candidatesearch.account.SignInThrottle;
import org.springframework.context.annotation.Import;

/**
 * Puts the application's own security (sign-in, roles, CSRF, Content-Security-Policy) into a
 * {@code @WebMvcTest} slice, whose default security would otherwise stand in for it, with the
 * accounts of {@link TestAccounts}. {@link SecurityConfiguration}
 * stays package-private; this is how tests in other packages reach it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ SecurityConfiguration.class, SignInThrottle.class, TestAccounts.class })
public @interface ImportPageSecurity {

}

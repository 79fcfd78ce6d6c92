package com.candidatesearch.web;

import java.util.Arrays;

import com.candidatesearch.account.ApiTokens;
import com.candidatesearch.account.SignInThrottle;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what. Pages sign in with the form at {@code /login}; HTTP Basic is accepted on
 * every path, so scripts and monitoring can fetch any page or call the API. Recruiters may do
 * everything but {@code /admin/**}, {@code /api/admin/**} and the actuator beyond health, which
 * are for administrators. Scripts may instead send a personal API token ({@code Authorization:
 * Bearer …}), which is not a cookie and so needs no CSRF token. Every form carries a CSRF token;
 * see {@link #basicApiRequest} for the one exemption with a password.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; "
			+ "form-action 'self'";

	/** Spring Security's delegating encoder: bcrypt now, and hashes name their scheme so it can change later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService accounts, SignInThrottle throttle,
			ObjectProvider<ApiTokens> tokens) throws Exception {
		SecurityAnswers answers = new SecurityAnswers();
		SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new ActiveAccountContextRepository(accounts));
		http.securityContext(context -> context.securityContextRepository(contexts))
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(ApiTokenAuthentication.filter(tokens), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
				.permitAll()
				// A token cannot make or revoke tokens: a leaked one must not be able to outlive its revocation.
				.requestMatchers("/account/tokens", "/account/tokens/**")
				.access((authentication, context) -> new AuthorizationDecision(
						!ApiTokenAuthentication.byToken(authentication.get()) && authentication.get()
							.getAuthorities()
							.stream()
							.anyMatch(authority -> "ROLE_RECRUITER".equals(authority.getAuthority()))))
				.requestMatchers("/admin/**", "/api/admin/**", "/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasRole("RECRUITER"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/search"))
			// A Basic sign-in lasts for its request only: kept in a session, every script that does not
			// send the cookie back would leave one behind. Scripts that call often use API tokens.
			.httpBasic(basic -> basic.realmName(SecurityAnswers.REALM)
				.authenticationEntryPoint(answers.basic)
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionlessCsrfTokenRepository())
				.csrfTokenRequestHandler(new BodyCsrfTokenRequestHandler())
				.ignoringRequestMatchers(SecurityConfiguration::basicApiRequest, ApiTokenAuthentication::carriesToken))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frames -> frames.sameOrigin())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * An API request that brings its own HTTP Basic credentials needs no CSRF token: a page on
	 * another site cannot set the Authorization header. A browser can still resend Basic
	 * credentials it remembers, so a request the browser marks as cross-site ({@code
	 * Sec-Fetch-Site}) is checked all the same. A browser too old to send {@code Sec-Fetch-Site}
	 * (older Safari) cannot be told apart from a script by that header, so a request without it
	 * is exempt only when it carries no session: a script or curl, not a signed-in browser. A
	 * script that keeps its session cookie says {@code Sec-Fetch-Site: none}, which no page can
	 * make a browser send. An API request riding only on the session cookie always needs the token.
	 */
	static boolean basicApiRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/") || !carriesBasic(request)) {
			return false;
		}
		String site = request.getHeader("Sec-Fetch-Site");
		if (site == null) {
			return !carriesSession(request);
		}
		return "same-origin".equals(site) || "none".equals(site);
	}

	/** Whether the request names a session, in the session cookie or otherwise. */
	static boolean carriesSession(HttpServletRequest request) {
		if (request.getRequestedSessionId() != null) {
			return true;
		}
		String configured = request.getServletContext().getSessionCookieConfig().getName();
		String name = configured != null ? configured : "JSESSIONID";
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> name.equalsIgnoreCase(cookie.getName()));
	}

	static boolean carriesBasic(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

}

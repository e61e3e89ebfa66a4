package org.salesteam.platform.internal;

import java.util.List;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. {@code /api/**} is stateless: bearer tokens only, no session, no
 * CSRF (no cookie is trusted), problem-details errors. Everything else is the browser:
 * form login, session, CSRF, security headers. Both re-check the user's rights against
 * the database on every request ({@link RightsRefreshFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			ApplicationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	@Bean
	HttpSessionSecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, BearerTokenFilter bearerTokenFilter,
			RightsRefreshFilter rightsRefreshFilter, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler deniedHandler, List<ApiAccessRules> moduleRules) throws Exception {
		http.securityMatcher("/api/**").authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/api/v1/auth/token").permitAll();
			requests.requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasAnyRole("ADMIN", "DIRECTOR");
			moduleRules.forEach((rules) -> rules.configure(requests));
			requests.anyRequest().authenticated();
		})
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> securityHeaders(headers))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
			.addFilterBefore(bearerTokenFilter, BasicAuthenticationFilter.class)
			.addFilterBefore(rightsRefreshFilter, AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain browserChain(HttpSecurity http, RightsRefreshFilter rightsRefreshFilter,
			LoginSuccessHandler successHandler, HttpSessionSecurityContextRepository contextRepository)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			// a customer's satisfaction survey link (retention, ADR 0034): no sign-in,
			// the token is the key
			.requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/survey/*")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/admin/audit")
			.hasAnyRole("ADMIN", "DIRECTOR")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.securityContext((context) -> context.securityContextRepository(contextRepository))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(successHandler)
				.failureUrl("/login?error")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(new HtmxSignInEntryPoint()))
			.requestCache((cache) -> cache.requestCache(pagesOnlyRequestCache()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> securityHeaders(headers))
			.addFilterBefore(rightsRefreshFilter, AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Remembers the page a signed-out user asked for (to return there after signing in),
	 * but never an htmx fragment, a script's request or a form post.
	 */
	private static HttpSessionRequestCache pagesOnlyRequestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(
				new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
						new NegatedRequestMatcher(HtmxSignInEntryPoint.HTMX),
						new NegatedRequestMatcher(
								new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
						new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/favicon.*"))));
		return cache;
	}

	private static void securityHeaders(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.contentTypeOptions((nosniff) -> {
			})
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true));
	}

}

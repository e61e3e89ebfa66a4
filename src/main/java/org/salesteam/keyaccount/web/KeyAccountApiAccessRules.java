package org.salesteam.keyaccount.web;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The portfolio analysis is for managers and directors (and admins): anyone else 403. */
@Component
class KeyAccountApiAccessRules implements ApiAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/portfolios", "/api/v1/portfolios/**")
			.hasAnyRole("MANAGER", "DIRECTOR", "ADMIN");
	}

}

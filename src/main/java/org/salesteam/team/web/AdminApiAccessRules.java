package org.salesteam.team.web;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The organisation's administration API is for admins only, refused at the URL before any
 * body is read (the controllers' {@code @PreAuthorize} stays as a second line).
 */
@Component
class AdminApiAccessRules implements ApiAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/teams", "/api/v1/teams/**",
					"/api/v1/territories", "/api/v1/territories/**", "/api/v1/segments", "/api/v1/segments/**")
			.hasRole("ADMIN");
	}

}

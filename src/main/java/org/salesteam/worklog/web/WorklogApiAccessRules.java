package org.salesteam.worklog.web;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The manager's week and self-assessments are for managers and directors, refused at the
 * URL before the body is read; the use cases check again.
 */
@Component
class WorklogApiAccessRules implements ApiAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/manager-weeks/**", "/api/v1/self-assessments", "/api/v1/self-assessments/**")
			.hasAnyRole("MANAGER", "DIRECTOR");
	}

}

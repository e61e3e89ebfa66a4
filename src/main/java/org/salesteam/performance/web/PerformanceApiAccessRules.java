package org.salesteam.performance.web;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Rebuilding the KPI rollups is for admins only. */
@Component
class PerformanceApiAccessRules implements ApiAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/kpis/rollups/**").hasRole("ADMIN");
	}

}

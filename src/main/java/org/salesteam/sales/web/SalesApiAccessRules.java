package org.salesteam.sales.web;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Stage probabilities are changed by admins and directors only, refused at the URL before
 * the body is read; {@code StageProbabilities} checks again.
 */
@Component
class SalesApiAccessRules implements ApiAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.PUT, "/api/v1/opportunity-stages/**").hasAnyRole("ADMIN", "DIRECTOR");
	}

}

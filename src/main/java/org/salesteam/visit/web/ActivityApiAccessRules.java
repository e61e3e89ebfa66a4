package org.salesteam.visit.web;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The calendar feed is read by phone calendars that cannot sign in: its random token is
 * the credential, so the URL is open to GET and an unknown token answers 404.
 */
@Component
class ActivityApiAccessRules implements ApiAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/visit-calendar/*").permitAll();
	}

}

package org.salesteam.notify.web;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Robots and webhooks are configured by admins: others get 403 before the body is read.
 */
@Component
class NotifyApiAccessRules implements ApiAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/notification-channels", "/api/v1/notification-channels/**").hasRole("ADMIN");
	}

}

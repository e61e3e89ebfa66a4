package org.salesteam.product.web;

import org.salesteam.platform.ApiAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Writing products is for admins and directors, refused at the URL before the body is
 * read; {@code ProductEditing} checks again.
 */
@Component
class ProductApiAccessRules implements ApiAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/products")
			.hasAnyRole("ADMIN", "DIRECTOR")
			.requestMatchers(HttpMethod.PUT, "/api/v1/products/**")
			.hasAnyRole("ADMIN", "DIRECTOR");
	}

}

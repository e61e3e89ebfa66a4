package org.salesteam.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL-level access rules a module contributes to the security filter chains. They are
 * checked before a request reaches a controller — before its body is even read — so a
 * refused caller learns nothing from validation errors. Record-level visibility is still
 * applied inside each module's queries.
 */
public interface ApiAccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}

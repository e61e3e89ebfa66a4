package org.salesteam.platform.internal;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the {@link OverloadFilter} ahead of every other filter (request logging,
 * session lookup, security), so that refusing costs no database round trip.
 * {@code salesteam.overload.enabled=false} switches it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "salesteam.overload.enabled", havingValue = "true", matchIfMissing = true)
class OverloadConfiguration {

	@Bean
	OverloadFilter overloadFilter(OverloadProperties properties, ProblemWriter problems, MeterRegistry meters) {
		return new OverloadFilter(properties, problems, meters);
	}

	@Bean
	FilterRegistrationBean<OverloadFilter> overloadFilterRegistration(OverloadFilter filter) {
		FilterRegistrationBean<OverloadFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}

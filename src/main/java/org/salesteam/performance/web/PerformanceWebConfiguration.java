package org.salesteam.performance.web;

import java.util.List;

import org.salesteam.performance.Kpis;
import org.salesteam.performance.internal.ScopeChoices;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link VisibleScopeResolver} for the module's controllers. */
@Configuration(proxyBeanMethods = false)
class PerformanceWebConfiguration implements WebMvcConfigurer {

	private final Kpis kpis;

	private final ScopeChoices choices;

	PerformanceWebConfiguration(Kpis kpis, ScopeChoices choices) {
		this.kpis = kpis;
		this.choices = choices;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new VisibleScopeResolver(this.kpis, this.choices));
	}

}

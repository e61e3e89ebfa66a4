package org.salesteam.platform.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each under its own URL prefix ({@code /css}, {@code /js},
 * {@code /img}, {@code /webjars}) instead of Spring Boot's catch-all {@code /**} mapping,
 * which is switched off ({@code spring.web.resources.add-mappings=false}).
 * <p>
 * Why: the resource chain is on (webjars without versions), so Boot's
 * {@code ResourceUrlEncodingFilter} hands every link a page builds to the resource
 * handlers. With {@code /**} every link matched — a customer list's 25 rows of
 * {@code /customers/{id}} links each searched the classpath jars and found nothing, which
 * the chain does not cache: half of a list page's CPU (JFR, 2026-11-28). Prefixed
 * handlers leave other links alone.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final List<String> FOLDERS = List.of("css", "js", "img");

	private final CacheControl cache;

	StaticResources(@Value("${spring.web.resources.cache.period:7d}") Duration period) {
		this.cache = CacheControl.maxAge(period).cachePublic();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(this.cache)
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(this.cache)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}

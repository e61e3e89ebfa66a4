package org.salesteam.platform.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * zh-CN by default, English on request: {@code ?lang=en|zh-CN} switches and is remembered
 * for the session; the user's saved preference is applied at login
 * ({@link LoginSuccessHandler}). The stateless API follows {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocaleFunction((request) -> {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					&& request.getHeader("Accept-Language") != null) {
				return supported(request.getLocale());
			}
			return Locale.SIMPLIFIED_CHINESE;
		});
		return resolver;
	}

	static Locale supported(Locale requested) {
		if (requested != null && "en".equals(requested.getLanguage())) {
			return Locale.ENGLISH;
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}

	private static Locale parse(String lang) {
		try {
			return StringUtils.parseLocale(lang);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Applies {@code ?lang=} on any page, mapped onto the supported languages. */
	static final class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
			if (lang != null && !lang.isBlank() && resolver != null) {
				resolver.setLocale(request, response, supported(parse(lang.trim())));
			}
			return true;
		}

	}

}

package org.salesteam.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salesteam.platform.CurrentUser;
import org.slf4j.MDC;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Names the signed-in user in the logging context of every handled request. */
@Configuration(proxyBeanMethods = false)
class UserLoggingInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentUser.username().ifPresent((name) -> MDC.put("user", name));
		return true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

}

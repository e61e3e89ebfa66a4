package org.salesteam.platform.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a request id into the logging context for the whole request;
 * {@link UserLoggingInterceptor} adds the user once security has run, so every log line
 * names who asked and which request it belongs to.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLoggingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = UUID.randomUUID().toString().substring(0, 8);
		MDC.put("requestId", requestId);
		response.setHeader("X-Request-Id", requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
			MDC.remove("user");
		}
	}

}

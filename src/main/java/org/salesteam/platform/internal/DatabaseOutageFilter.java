package org.salesteam.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage met outside a controller (the bearer token or the rights refresh in
 * the security filters, a view rendering a lazy value) is answered like one met inside:
 * 503 problem details on {@code /api/**}, the translated 503 page otherwise, with
 * {@code Retry-After}. Controllers' own outages are answered by
 * {@link ApiExceptionHandler} and {@link PageExceptionHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ProblemWriter problems;

	DatabaseOutageFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable: {}", ex.getMessage());
			response.resetBuffer();
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				this.problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnavailable");
			}
			else {
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
		}
	}

}

package org.salesteam.platform.internal;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a node responsive above the load it can serve: at most
 * {@code salesteam.overload.max-concurrent} requests are worked on at once; one more
 * waits up to {@code max-wait} for a free place and is otherwise answered at once with
 * 503, {@code Retry-After} and a translated problem detail, before any session or
 * database work. Static resources and the health probes are never refused, so a load
 * balancer keeps seeing the node as alive. Runs first in the chain (see
 * {@link OverloadConfiguration}).
 */
class OverloadFilter extends OncePerRequestFilter {

	private static final String[] EXEMPT = { "/webjars/", "/css/", "/js/", "/img/", "/favicon.ico",
			"/actuator/health" };

	private final OverloadProperties properties;

	private final Semaphore places;

	private final ProblemWriter problems;

	private final Counter rejected;

	OverloadFilter(OverloadProperties properties, ProblemWriter problems, MeterRegistry meters) {
		this.properties = properties;
		this.places = new Semaphore(properties.maxConcurrent());
		this.problems = problems;
		this.rejected = Counter.builder("salesteam.overload.rejected")
			.description("Requests refused with 503 because the node was at its concurrency limit")
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String exempt : EXEMPT) {
			if (path.startsWith(exempt)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!acquire()) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!noConnection(ex) || response.isCommitted()) {
				throw ex;
			}
			// the connection pool stayed exhausted for its connection-timeout: the
			// database is the bottleneck, the client should come back shortly
			response.reset();
			refuse(request, response);
		}
		finally {
			this.places.release();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.rejected.increment();
		response.setHeader(HttpHeaders.RETRY_AFTER,
				String.valueOf(Math.max(1, this.properties.retryAfter().toSeconds())));
		this.problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.overloaded");
	}

	static boolean noConnection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	private boolean acquire() {
		try {
			return this.places.tryAcquire(this.properties.maxWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}

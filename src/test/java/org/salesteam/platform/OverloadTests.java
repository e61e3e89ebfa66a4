package org.salesteam.platform;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A node at its concurrency limit refuses the next request at once with a translated 503
 * and {@code Retry-After}, keeps serving health probes and static files, and serves
 * normally again as soon as a place is free.
 */
@IntegrationTest
class OverloadTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("overloadFilter")
	private Filter overload;

	@Value("${salesteam.overload.max-concurrent}")
	private int limit;

	@Test
	void requestOverTheLimitIsRefusedQuicklyAndServedAfterRelease() throws Exception {
		assertThat(this.limit).as("the test profile's limit").isEqualTo(64);
		// warm up the API path so that the timing below measures the refusal only
		this.mvc.perform(get("/api/v1/customers").header("Accept-Language", "en")).andExpect(status().isUnauthorized());
		CountDownLatch inside = new CountDownLatch(this.limit);
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> held = new ArrayList<>();
		for (int i = 0; i < this.limit; i++) {
			Thread thread = new Thread(() -> hold(inside, release));
			thread.start();
			held.add(thread);
		}
		try {
			assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

			long started = System.nanoTime();
			this.mvc.perform(get("/api/v1/customers").header("Accept-Language", "en"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "1"))
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.detail").value("The system is busy. Please try again in a few seconds."));
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			// the 1 s wait plus the refusal; far below any client's request timeout
			assertThat(millis).as("refused after the short wait, not after a timeout").isLessThan(2500);

			this.mvc.perform(get("/login"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.detail").value("系统正忙，请稍等几秒再试。"));
			this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
			this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
		}
		finally {
			release.countDown();
			for (Thread thread : held) {
				thread.join(10_000);
			}
		}
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void aRequestThatFindsNoFreeDatabaseConnectionGetsTheSame503() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/customers");
		request.addHeader("Accept-Language", "en");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.overload.doFilter(request, response, (req, res) -> {
			throw new ServletException(new IllegalStateException("could not open JPA connection",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(response.getContentAsString()).contains("The system is busy.");

		MockHttpServletResponse other = new MockHttpServletResponse();
		assertThatThrownBy(() -> this.overload.doFilter(request, other, (req, res) -> {
			throw new ServletException(new IllegalStateException("a bug"));
		})).as("other failures stay failures").isInstanceOf(ServletException.class);
	}

	/** One request that stays inside the filter chain until released. */
	private void hold(CountDownLatch inside, CountDownLatch release) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
		try {
			this.overload.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				inside.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

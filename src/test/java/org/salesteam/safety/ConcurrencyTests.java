package org.salesteam.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Many users at once on one record: no lost update (optimistic locking: exactly one of
 * the writers that read the same version wins, the others are told in their language that
 * someone else changed it), and one code created concurrently exists once.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=access-probes")
class ConcurrencyTests {

	private static final int WRITERS = 50;

	private static final List<String> USERS = List.of("rep1", "manager1", "director", "admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyUsersEditingOneCustomerLoseNoUpdate() throws Exception {
		String admin = Tokens.bearer(this.mvc, "admin");
		MockHttpServletResponse created = this.mvc
			.perform(post("/api/v1/customers").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"CONC-1\",\"name\":\"并发测试客户\",\"potential\":200000,\"ownerUsername\":\"rep1\"}"))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(201);
		long id = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
		List<String> bearers = new ArrayList<>();
		for (String user : USERS) {
			bearers.add(Tokens.bearer(this.mvc, user));
		}

		List<MockHttpServletResponse> responses = all(WRITERS, (i) -> put("/api/v1/customers/" + id)
			.header("Authorization", bearers.get(i % bearers.size()))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"code\":\"CONC-1\",\"name\":\"并发修改%d\",\"potential\":200000,\"ownerUsername\":\"rep1\",\"version\":0}"
						.formatted(i)));

		List<MockHttpServletResponse> winners = responses.stream().filter((r) -> r.getStatus() == 200).toList();
		assertThat(winners).hasSize(1);
		for (MockHttpServletResponse loser : responses) {
			if (loser.getStatus() != 200) {
				assertThat(loser.getStatus()).as(loser.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(409);
				assertThat((String) JsonPath.read(loser.getContentAsString(StandardCharsets.UTF_8), "$.detail"))
					.isEqualTo("该记录已被其他人修改，请刷新后重试。");
			}
		}
		String winnerName = JsonPath.read(winners.get(0).getContentAsString(StandardCharsets.UTF_8), "$.name");
		assertThat(this.jdbc.sql("select name, version from customer where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getString(1) + "@" + rs.getInt(2))
			.single()).isEqualTo(winnerName + "@1");
	}

	@Test
	void oneCodeCreatedConcurrentlyExistsOnceAndTheOthersAreToldWhy() throws Exception {
		String admin = Tokens.bearer(this.mvc, "admin");
		List<MockHttpServletResponse> responses = all(20,
				(i) -> post("/api/v1/customers").header("Authorization", admin)
					.header("Accept-Language", "en")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"code\":\"CONC-DUP\",\"name\":\"Duplicate %d\",\"potential\":1000}".formatted(i)));

		assertThat(responses).filteredOn((r) -> r.getStatus() == 201).hasSize(1);
		for (MockHttpServletResponse loser : responses) {
			if (loser.getStatus() != 201) {
				assertThat(loser.getStatus()).isIn(409, 422);
				assertThat((String) JsonPath.read(loser.getContentAsString(StandardCharsets.UTF_8), "$.detail"))
					.isNotBlank()
					.doesNotContain("constraint", "SQL", "Exception");
			}
		}
		assertThat(this.jdbc.sql("select count(*) from customer where code = 'CONC-DUP'").query(Long.class).single())
			.isEqualTo(1);
	}

	/** Sends the requests from as many threads at once, and answers their responses. */
	private List<MockHttpServletResponse> all(int count, Request request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				MockHttpServletRequestBuilder builder = request.build(i);
				Callable<MockHttpServletResponse> call = () -> {
					start.await();
					return this.mvc.perform(builder).andReturn().getResponse();
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@FunctionalInterface
	interface Request {

		MockHttpServletRequestBuilder build(int index);

	}

}

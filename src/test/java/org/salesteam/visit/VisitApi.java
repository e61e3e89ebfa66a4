package org.salesteam.visit;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Test data through the APIs, as a client would create it; codes never repeat. */
final class VisitApi {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private VisitApi() {
	}

	/** A new prospect of {@code owner} created by admin. */
	static long customer(MockMvc mvc, String name, String owner) throws Exception {
		String code = "VT-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		MvcResult result = mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/customers")
				.header("Authorization", Tokens.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"%s","potential":300000,"paymentTermsDays":30,"ownerUsername":"%s"}
						""".formatted(code, name + NEXT.get(), owner)))
			.andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return id(result);
	}

	static ResultActions post(MockMvc mvc, String user, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path)
			.header("Authorization", Tokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static ResultActions mvcPut(MockMvc mvc, String user, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.put(path)
			.header("Authorization", Tokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static ResultActions get(MockMvc mvc, String user, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", Tokens.bearer(mvc, user)));
	}

	/** Plans a visit and returns its id (fails unless 201). */
	static long plan(MockMvc mvc, String user, long customerId, String plannedAt, String objective) throws Exception {
		MvcResult result = post(mvc, user, "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"%s","objective":"%s","type":"NEEDS"}
				""".formatted(customerId, plannedAt, objective)).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return id(result);
	}

	/**
	 * A visit planned back then and still open on {@code plannedAt} (in the past): the
	 * API refuses planning in the past, so it is planned ahead through the API and its
	 * time set back, as if the calendar had moved on since.
	 */
	static long plannedBack(MockMvc mvc, JdbcClient jdbc, String user, long customerId, String plannedAt,
			String objective) throws Exception {
		LocalDateTime at = LocalDateTime.parse(plannedAt);
		long id = plan(mvc, user, customerId, "2099-01-01T" + at.toLocalTime(), objective);
		jdbc.sql("update visit set planned_at = :at, visit_date = :day where id = :id")
			.param("at", at)
			.param("day", at.toLocalDate())
			.param("id", id)
			.update();
		return id;
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	static long visits(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from visit").query(Long.class).single();
	}

	static String status(JdbcClient jdbc, long visitId) {
		return jdbc.sql("select status from visit where id = :id").param("id", visitId).query(String.class).single();
	}

	static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
		String password = "admin".equals(username) ? "admin-secret" : "demo";
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}

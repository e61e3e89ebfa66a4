package org.salesteam.worklog;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Test data and calls through the work-log APIs, as a client would make them. */
final class WorklogApi {

	private static final AtomicInteger NEXT = new AtomicInteger();

	/**
	 * Bearer tokens per application context (its MockMvc) and user: signing in costs a
	 * BCrypt hash.
	 */
	private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	private WorklogApi() {
	}

	static String bearer(MockMvc mvc, String user) throws Exception {
		String key = System.identityHashCode(mvc) + "/" + user;
		String token = TOKENS.get(key);
		if (token == null) {
			token = Tokens.bearer(mvc, user);
			TOKENS.put(key, token);
		}
		return token;
	}

	/** A new prospect of {@code owner}, created by admin. */
	static long customer(MockMvc mvc, String name, String owner) throws Exception {
		String code = "WL-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		MvcResult result = mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/customers")
				.header("Authorization", Tokens.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"%s","potential":300000,"creditLimit":0,"paymentTermsDays":30,
						 "ownerUsername":"%s"}
						""".formatted(code, name + NEXT.get(), owner)))
			.andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return id(result);
	}

	static ResultActions post(MockMvc mvc, String user, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path)
			.header("Authorization", bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static ResultActions put(MockMvc mvc, String user, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.put(path)
			.header("Authorization", bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static ResultActions get(MockMvc mvc, String user, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", bearer(mvc, user)));
	}

	static ResultActions delete(MockMvc mvc, String user, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.delete(path).header("Authorization", bearer(mvc, user)));
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}

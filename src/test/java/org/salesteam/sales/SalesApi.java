package org.salesteam.sales;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Test data through the APIs, as a client would create it; codes never repeat. */
final class SalesApi {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private SalesApi() {
	}

	/**
	 * A new prospect of {@code owner} created by admin, with a credit limit (0: none) and
	 * 30 days' payment terms.
	 */
	static long customer(MockMvc mvc, String name, String owner, long creditLimit) throws Exception {
		String code = "SL-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		MvcResult result = mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/customers")
				.header("Authorization", Tokens.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"%s","potential":300000,"creditLimit":%d,"paymentTermsDays":30,
						 "ownerUsername":"%s"}
						""".formatted(code, name + NEXT.get(), creditLimit, owner)))
			.andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return id(result);
	}

	/**
	 * Places an order of one line as {@code user}; the result is for the test to check.
	 */
	static ResultActions order(MockMvc mvc, String user, long customerId, long productId, String quantity,
			String unitPrice, String extra) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/api/v1/orders")
			.header("Authorization", Tokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"customerId":%d,"lines":[{"productId":%d,"quantity":%s,"unitPrice":%s}]%s}
					""".formatted(customerId, productId, quantity, unitPrice, (extra != null) ? "," + extra : "")));
	}

	static ResultActions post(MockMvc mvc, String user, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path)
			.header("Authorization", Tokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	static long product(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from product where code = :code").param("code", code).query(Long.class).single();
	}

	static long orders(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from sales_order").query(Long.class).single();
	}

	static String status(JdbcClient jdbc, long customerId) {
		return jdbc.sql("select status from customer where id = :id")
			.param("id", customerId)
			.query(String.class)
			.single();
	}

	static long userId(JdbcClient jdbc, String username) {
		return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
	}

}

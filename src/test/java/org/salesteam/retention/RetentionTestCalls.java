package org.salesteam.retention;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API calls the retention tests build their customers with: a call as a demo user
 * (bearer token), the id of what a call created, an order of one line of 1,000 on a date.
 */
final class RetentionTestCalls {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	RetentionTestCalls(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	static long created(ResultActions result) throws Exception {
		MvcResult done = result.andExpect(status().isCreated()).andReturn();
		return ((Number) JsonPath.read(done.getResponse().getContentAsString(), "$.id")).longValue();
	}

	/**
	 * A customer of {@code owner} registered by the admin; its class follows the
	 * potential.
	 */
	long customer(String code, String name, long potential, String owner) throws Exception {
		return created(call("admin", post("/api/v1/customers"), """
				{"code":"%s","name":"%s","potential":%d,"ownerUsername":"%s"}
				""".formatted(code, name, potential, owner)));
	}

	/** A customer created by {@link #uniqueCustomer}: its id and name. */
	record Created(long id, String name) {
	}

	private static final AtomicInteger SERIAL = new AtomicInteger();

	/**
	 * {@link #customer} with a code and a name no other test uses: the prefixes and a
	 * serial (the whole-application context is shared).
	 */
	Created uniqueCustomer(String codePrefix, String namePrefix, long potential, String owner) throws Exception {
		int serial = SERIAL.incrementAndGet();
		String name = namePrefix + System.nanoTime() % 1_000_000L + "-" + serial;
		return new Created(
				customer(codePrefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + serial, name, potential, owner),
				name);
	}

	/** An order placed by {@code user}: one line, net 1,000. */
	long order(String user, long customer, Object date) throws Exception {
		long product = this.jdbc.sql("select id from product where code = 'SW-002'").query(Long.class).single();
		return created(call(user, post("/api/v1/orders"), """
				{"customerId":%d,"orderDate":"%s","lines":[{"productId":%d,"quantity":1,"unitPrice":1000,
				 "netAmount":1000,"cost":600}]}
				""".formatted(customer, date, product)));
	}

}

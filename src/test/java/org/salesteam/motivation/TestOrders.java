package org.salesteam.motivation;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers and orders of the motivation tests, created through the APIs as a client
 * would.
 */
public final class TestOrders {

	private TestOrders() {
	}

	/**
	 * A new prospect of {@code owner}, created by admin without a credit limit; its id.
	 */
	public static long customer(MockMvc mvc, String name, String owner) throws Exception {
		String code = "MT-" + System.nanoTime() % 1_000_000_000L;
		MvcResult result = mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/customers")
				.header("Authorization", Tokens.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"%s%s","potential":300000,"creditLimit":0,"paymentTermsDays":30,
						 "ownerUsername":"%s"}
						""".formatted(code, name, code, owner)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	/**
	 * An order placed by {@code rep} on {@code date}, one line per product and unit price
	 * given as {@code productId, quantity, unitPrice} triples.
	 */
	public static void order(MockMvc mvc, String rep, long customer, String date, Object... lines) throws Exception {
		StringBuilder json = new StringBuilder();
		for (int index = 0; index < lines.length; index += 3) {
			json.append((index > 0) ? "," : "")
				.append("{\"productId\":%s,\"quantity\":%s,\"unitPrice\":%s}".formatted(lines[index], lines[index + 1],
						lines[index + 2]));
		}
		MvcResult result = mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/orders")
				.header("Authorization", Tokens.bearer(mvc, rep))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerId\":%d,\"orderDate\":\"%s\",\"lines\":[%s]}".formatted(customer, date, json)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
	}

}

package org.salesteam.customer;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Test data through the customer API, as a client would create it. */
final class CustomerApi {

	private CustomerApi() {
	}

	/** Creates a customer as {@code admin} for {@code ownerUsername} (null: the pool). */
	static long create(MockMvc mvc, String code, String name, long potential, String ownerUsername) throws Exception {
		String owner = (ownerUsername != null) ? ",\"ownerUsername\":\"" + ownerUsername + "\"" : "";
		MvcResult result = mvc
			.perform(post("/api/v1/customers").header("Authorization", Tokens.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"potential\":" + potential + owner
						+ "}"))
			.andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	static long userId(JdbcClient jdbc, String username) {
		return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
	}

}

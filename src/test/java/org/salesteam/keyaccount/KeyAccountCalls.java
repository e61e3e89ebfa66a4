package org.salesteam.keyaccount;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.Assertions;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The key-account tests' calls through the API, as a client would make them. */
final class KeyAccountCalls {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final MockMvc mvc;

	KeyAccountCalls(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	/** A new customer of {@code owner}, created by admin, without credit limit. */
	long customer(String owner, String name) throws Exception {
		String code = "KA-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		MvcResult result = call("admin", MockMvcRequestBuilders.post("/api/v1/customers"), """
				{"code":"%s","name":"%s%d","potential":900000,"creditLimit":0,"paymentTermsDays":30,
				 "ownerUsername":"%s"}""".formatted(code, name, NEXT.get(), owner)).andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
		return id(result);
	}

	/** Places an order of one line as {@code user}. */
	void order(String user, long customerId, long productId, String quantity, String unitPrice) throws Exception {
		MvcResult result = call(user, MockMvcRequestBuilders.post("/api/v1/orders"), """
				{"customerId":%d,"lines":[{"productId":%d,"quantity":%s,"unitPrice":%s}]}""".formatted(customerId,
				productId, quantity, unitPrice))
			.andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException(result.getResponse().getContentAsString());
		}
	}

	/** A signed-in browser session of {@code user} (password demo). */
	MockHttpSession session(String user) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/** A page's HTML, which must answer 200. */
	String page(MockHttpSession session, String path) throws Exception {
		MvcResult result = this.mvc.perform(MockMvcRequestBuilders.get(path).session(session)).andReturn();
		Assertions.assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

}

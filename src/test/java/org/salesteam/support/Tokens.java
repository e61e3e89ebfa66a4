package org.salesteam.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Obtains API bearer tokens for demo users in MockMvc tests. */
public final class Tokens {

	private Tokens() {
	}

	/**
	 * A bearer header value for the user (demo password {@code demo},
	 * {@code admin-secret} for admin).
	 */
	public static String bearer(MockMvc mvc, String username) throws Exception {
		String password = "admin".equals(username) ? "admin-secret" : "demo";
		MvcResult result = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException("token for " + username + ": " + result.getResponse().getStatus());
		}
		String body = result.getResponse().getContentAsString();
		int start = body.indexOf("\"token\":\"") + 9;
		return "Bearer " + body.substring(start, body.indexOf('"', start));
	}

}

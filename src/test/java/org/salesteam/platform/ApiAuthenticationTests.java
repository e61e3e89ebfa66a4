package org.salesteam.platform;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiAuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuesTokenThatIdentifiesTheRep() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"rep1\",\"password\":\"demo\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").value(notNullValue()))
			.andExpect(jsonPath("$.expiresAt").value(notNullValue()));
		String bearer = Tokens.bearer(this.mvc, "rep1");
		this.mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("rep1"))
			.andExpect(jsonPath("$.roles", contains("REP")))
			.andExpect(jsonPath("$.teamIds", hasSize(1)))
			.andExpect(jsonPath("$.locale").value("zh-CN"));
	}

	@Test
	void refusesApiCallWithoutTokenAsProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("请先登录：缺少有效的访问令牌。"));
	}

	@Test
	void refusesForgedToken() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer forged-token-value"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesWrongPasswordWithTranslatedProblem() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content("{\"username\":\"rep3\",\"password\":\"wrong\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(
					jsonPath("$.detail").value("Wrong user name or password, or the account is temporarily locked."));
	}

	@Test
	void revokedTokenNoLongerWorks() throws Exception {
		String bearer = Tokens.bearer(this.mvc, "rep2");
		this.mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
		this.mvc.perform(delete("/api/v1/auth/token").header("Authorization", bearer))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
	}

	@Test
	void storesOnlyTheHashOfATokenAndRefusesTokensOfDeactivatedUsers() throws Exception {
		String bearer = Tokens.bearer(this.mvc, "rep3");
		String raw = bearer.substring("Bearer ".length());
		Long stored = this.jdbc.sql("select count(*) from api_token where token_hash = :raw")
			.param("raw", raw)
			.query(Long.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(stored).isZero();
		this.jdbc.sql("update app_user set active = false, auth_version = auth_version + 1 where username = 'rep3'")
			.update();
		try {
			this.mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
		}
		finally {
			this.jdbc.sql("update app_user set active = true, auth_version = auth_version + 1 where username = 'rep3'")
				.update();
		}
	}

}

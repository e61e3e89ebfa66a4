package org.salesteam.customer;

import org.junit.jupiter.api.Test;
import org.salesteam.support.ModuleTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changes to a customer land in the shared audit trail and show on the customer's page,
 * field by field.
 */
@ModuleTest
class CustomerAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createdCustomerShowsItsCreationInTheChangeHistory() throws Exception {
		String bearer = Tokens.bearer(this.mvc, "rep4");
		String body = this.mvc
			.perform(post("/api/v1/customers").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"AUD-001\",\"name\":\"审计测试印务公司\",\"potential\":150000}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// a rep's code is ignored: the customer has the next automatic one (issue 20)
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		Integer events = this.jdbc.sql(
				"select count(*) from audit_event where entity_type = 'customer' and entity_id = :id and username = 'rep4'")
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(events).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(body).doesNotContain("AUD-001").contains("\"code\":\"KH-");
		String page = this.mvc.perform(get("/customers/" + id).with(user(principal("rep4"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page).contains("id=\"auditHistory\"").contains("年采购潜力");
	}

	private org.salesteam.platform.UserPrincipal principal(String username) {
		return this.jdbc.sql("select id, display_name from app_user where username = :u")
			.param("u", username)
			.query((rs, n) -> new org.salesteam.platform.UserPrincipal(rs.getLong(1), username, "", rs.getString(2),
					java.util.Set.of(org.salesteam.platform.Role.REP), java.util.Locale.SIMPLIFIED_CHINESE, 0, true,
					false))
			.single();
	}

}

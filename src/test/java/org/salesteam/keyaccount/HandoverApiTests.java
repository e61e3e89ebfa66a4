package org.salesteam.keyaccount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hand-over step (ADR 0048): every checklist item confirmed or 422 naming it, the new
 * manager an active user other than the current one, the team changed (new key-account
 * manager, the previous one backup rep), the new manager told, and who may hand over.
 */
@IntegrationTest
class HandoverApiTests {

	private static final String ALL = """
			["PLAN_ACTIONS","OPPORTUNITIES","CONTACTS_INTRODUCED","SERVICE_ISSUES","PRICES_AND_TERMS"]""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private KeyAccountCalls api;

	@BeforeEach
	void calls() {
		this.api = new KeyAccountCalls(this.mvc);
	}

	private long notices(String username, long customer) {
		return this.jdbc
			.sql("select count(*) from notification n join app_user u on u.id = n.recipient_id"
					+ " where u.username = :user and n.event_type = 'KEY_ACCOUNT_HANDOVER' and n.link = :link")
			.param("user", username)
			.param("link", "/customers/" + customer + "/key-account")
			.query(Long.class)
			.single();
	}

	@Test
	void aHandOverNeedsTheWholeChecklistAndMakesTheSuccessorKeyAccountManager() throws Exception {
		long customer = this.api.customer("rep1", "交接客户");
		String path = "/api/v1/customers/" + customer + "/hand-over";
		this.api.call("manager1", post(path), """
				{"to":"rep2","checklist":["PLAN_ACTIONS","OPPORTUNITIES","CONTACTS_INTRODUCED","PRICES_AND_TERMS"]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("checklist.SERVICE_ISSUES"));
		this.api.call("manager1", post(path), """
				{"to":"nobody-here","checklist":%s}""".formatted(ALL))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		// rep1 owns it and the team has no manager: rep1 is the current one
		this.api.call("manager1", post(path), """
				{"to":"rep1","checklist":%s}""".formatted(ALL))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		assertThat(notices("rep2", customer)).isZero();

		this.api.call("manager1", post(path), """
				{"to":"rep2","checklist":%s,"note":"王总已见过"}""".formatted(ALL))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber());
		this.api.call("manager1", get("/api/v1/customers/" + customer + "/key-account"), null)
			.andExpect(jsonPath("$.team[0].username").value("rep2"))
			.andExpect(jsonPath("$.team[0].role").value("KEY_ACCOUNT_MANAGER"));
		assertThat(notices("rep2", customer)).isEqualTo(1);

		// handed on again: rep2, now on the team as manager, stays as backup rep
		this.api.call("manager1", post(path), """
				{"to":"rep4","checklist":%s}""".formatted(ALL)).andExpect(status().isCreated());
		this.api.call("manager1", get("/api/v1/customers/" + customer + "/hand-overs"), null)
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].note").value("王总已见过"))
			.andExpect(jsonPath("$[0].checklist.length()").value(5));
		this.api.call("manager1", get("/api/v1/customers/" + customer + "/key-account"), null)
			.andExpect(jsonPath("$.team[?(@.username == 'rep4')].role").value("KEY_ACCOUNT_MANAGER"))
			.andExpect(jsonPath("$.team[?(@.username == 'rep2')].role").value("BACKUP_REP"));
	}

	@Test
	void onlyThoseWhoManageTheAccountHandItOverAlsoOnThePage() throws Exception {
		long customer = this.api.customer("rep1", "交接权限客户");
		String path = "/api/v1/customers/" + customer + "/hand-over";
		String body = "{\"to\":\"rep2\",\"checklist\":%s}".formatted(ALL);
		this.api.call("rep1", post(path), body).andExpect(status().isForbidden());
		this.api.call("manager2", post(path), body).andExpect(status().isNotFound());
		this.api.call("rep6", get("/api/v1/customers/" + customer + "/hand-overs"), null)
			.andExpect(status().isNotFound());

		MockHttpSession manager = this.api.session("manager1");
		this.mvc
			.perform(post("/customers/" + customer + "/hand-over").session(manager)
				.with(csrf())
				.param("to", "rep2")
				.param("checklist", "PLAN_ACTIONS", "OPPORTUNITIES", "CONTACTS_INTRODUCED", "SERVICE_ISSUES",
						"PRICES_AND_TERMS")
				.param("note", "页面交接"))
			.andExpect(status().isSeeOther());
		String page = this.api.page(manager, "/customers/" + customer + "/key-account");
		assertThat(page).contains("id=\"handoverForm\"").contains("页面交接");
		assertThat(notices("rep2", customer)).isEqualTo(1);
	}

}

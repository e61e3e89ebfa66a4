package org.salesteam.keyaccount;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.AccountTeams;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Key-account designation and account teams through the API: who may designate and staff
 * (a rep 403, another team's manager 404), 422 naming the field with nothing written, the
 * customer's flag and the audit trail, and the visibility an account team gives a support
 * member — the account they serve and no other.
 */
@IntegrationTest
class KeyAccountApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private KeyAccountCalls api;

	@BeforeEach
	void calls() {
		this.api = new KeyAccountCalls(this.mvc);
	}

	@AfterEach
	void removeSupport() {
		// the probes' actors (support1) must not keep seeing another rep's customers
		AccountTeams.removeFor(this.jdbc, "support1", "rep4");
	}

	@Test
	void aManagerDesignatesTheTeamsCustomerAndTheFlagFollows() throws Exception {
		long customer = this.api.customer("rep1", "认定测试客户");
		String path = "/api/v1/customers/" + customer + "/key-account";
		this.api.call("rep1", put(path), """
				{"strategicFit":4,"reason":"新品线扩产"}""").andExpect(status().isForbidden());
		this.api.call("manager2", put(path), """
				{"strategicFit":4,"reason":"新品线扩产"}""").andExpect(status().isNotFound());
		this.api.call("manager1", put(path), """
				{"strategicFit":6,"reason":"太高"}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("strategicFit"));
		assertThat(flag(customer)).isFalse();
		assertThat(designations(customer)).isZero();

		this.api.call("manager1", put(path), """
				{"strategicFit":4,"reason":"新品线扩产"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keyAccount").value(true))
			.andExpect(jsonPath("$.strategicFit").value(4))
			.andExpect(jsonPath("$.reason").value("新品线扩产"))
			.andExpect(jsonPath("$.manager.name").value(displayName("rep1")));
		assertThat(flag(customer)).isTrue();
		assertThat(audited("keyAccount", designationId(customer))).isEqualTo(1);
		// the owner reads it; another team's rep does not
		this.api.call("rep1", get(path), null).andExpect(jsonPath("$.strategicFit").value(4));
		this.api.call("rep6", get(path), null).andExpect(status().isNotFound());

		this.api.call("manager1", delete(path), null).andExpect(status().isNoContent());
		assertThat(flag(customer)).isFalse();
		assertThat(designations(customer)).isZero();
	}

	@Test
	void aTeamGivesItsSupportMemberTheAccountItServesAndOnlyThat() throws Exception {
		long served = this.api.customer("rep1", "服务小组客户");
		long other = this.api.customer("rep1", "其他客户");
		String team = "/api/v1/customers/" + served + "/account-team";
		this.api.call("support1", get("/api/v1/customers/" + served + "/key-account"), null)
			.andExpect(status().isNotFound());

		this.api.call("manager1", put(team), """
				[{"username":"rep4","role":"KEY_ACCOUNT_MANAGER","raci":"ACCOUNTABLE"},
				 {"username":"support1","role":"QUALITY","raci":"RESPONSIBLE","duty":"来料与成品检验"}]""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].role").value("KEY_ACCOUNT_MANAGER"))
			.andExpect(jsonPath("$[1].duty").value("来料与成品检验"));

		this.api.call("support1", get("/api/v1/customers/" + served + "/key-account"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.manager.name").value(displayName("rep4")))
			.andExpect(jsonPath("$.team[*].username", contains("rep4", "support1")));
		this.api.call("support1", get("/api/v1/customers/" + other + "/key-account"), null)
			.andExpect(status().isNotFound());
		// reading is not managing: a support member changing the team is refused by role
		this.api.call("support1", put(team), "[]").andExpect(status().isForbidden());
		assertThat(audited("accountTeam", served)).isEqualTo(1);
	}

	@Test
	void aBrokenTeamIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		long customer = this.api.customer("rep1", "小组校验客户");
		String team = "/api/v1/customers/" + customer + "/account-team";
		this.api.call("manager1", put(team), """
				[{"username":"rep2","role":"KEY_ACCOUNT_MANAGER"},{"username":"rep1","role":"KEY_ACCOUNT_MANAGER"}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("members"));
		this.api.call("manager1", put(team), """
				[{"username":"rep2","role":"BACKUP_REP"},{"username":"nobody-here","role":"QUALITY"}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("members[1].username"));
		this.api.call("manager1", put(team), """
				[{"username":"rep2","role":"JANITOR"}]""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("members[0].role"));
		assertThat(this.jdbc.sql("select count(*) from account_team_member where customer_id = :c")
			.param("c", customer)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theKeyAccountManagersLoadCountsTheKeyAccountsTheyManage() throws Exception {
		long customer = this.api.customer("rep1", "负荷客户");
		this.api.call("manager1", put("/api/v1/customers/" + customer + "/key-account"), """
				{"strategicFit":3}""").andExpect(status().isOk());
		// rep1 manages the key accounts they own whose team names no other manager, and
		// those whose team names them
		long expected = this.jdbc.sql("""
				select count(*) from customer c where c.key_account = true and (
				  (c.owner_id = (select id from app_user where username = 'rep1')
				   and not exists (select 1 from account_team_member m where m.customer_id = c.id
				                   and m.team_role = 'KEY_ACCOUNT_MANAGER'))
				  or exists (select 1 from account_team_member m join app_user u on u.id = m.user_id
				             where m.customer_id = c.id and m.team_role = 'KEY_ACCOUNT_MANAGER'
				             and u.username = 'rep1'))""").query(Long.class).single();
		this.api.call("manager1", get("/api/v1/customers/" + customer + "/key-account"), null)
			.andExpect(jsonPath("$.manager.keyAccounts").value(expected))
			.andExpect(jsonPath("$.managerLimit").value(15))
			.andExpect(jsonPath("$.manager.overloaded").value(expected > 15));
		this.api.call("manager1", delete("/api/v1/customers/" + customer + "/key-account"), null)
			.andExpect(status().isNoContent());
	}

	private boolean flag(long customer) {
		return this.jdbc.sql("select key_account from customer where id = :c")
			.param("c", customer)
			.query(Boolean.class)
			.single();
	}

	private long designations(long customer) {
		return this.jdbc.sql("select count(*) from ka_account where customer_id = :c")
			.param("c", customer)
			.query(Long.class)
			.single();
	}

	private long designationId(long customer) {
		return this.jdbc.sql("select id from ka_account where customer_id = :c")
			.param("c", customer)
			.query(Long.class)
			.single();
	}

	private long audited(String type, long id) {
		return this.jdbc.sql("select count(*) from audit_event where entity_type = :t and entity_id = :id")
			.param("t", type)
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single();
	}

	private String displayName(String username) {
		return this.jdbc.sql("select display_name from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

}

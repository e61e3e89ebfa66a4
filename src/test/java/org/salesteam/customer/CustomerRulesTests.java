package org.salesteam.customer;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesteam.customer.internal.PoolReturn;
import org.salesteam.support.ModuleTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pool, claim limit, transfers and classes: rules that change many customers, so the
 * class runs in its own database.
 */
@ModuleTest
class CustomerRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PoolReturn poolReturn;

	@Autowired
	Customers customers;

	@Autowired
	Clock clock;

	@AfterEach
	void restoreSettings() {
		this.jdbc.sql("""
				update customer_settings set class_a_min = 1000000, class_b_min = 200000, claim_limit = 120,
				  pool_idle_days = 90, pool_warning_days = 14
				""").update();
	}

	@Test
	void repClaimsFromThePoolUpToTheLimit() throws Exception {
		long first = CustomerApi.create(this.mvc, "TR-P1", "公海客户一号印务", 100_000, null);
		long second = CustomerApi.create(this.mvc, "TR-P2", "公海客户二号印务", 100_000, null);
		long rep3 = CustomerApi.userId(this.jdbc, "rep3");
		long owned = ownedBy(rep3);
		this.jdbc.sql("update customer_settings set claim_limit = :limit").param("limit", owned + 1).update();
		String bearer = Tokens.bearer(this.mvc, "rep3");
		this.mvc.perform(post("/api/v1/customers/" + first + "/claim").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerUsername").value("rep3"))
			.andExpect(jsonPath("$.ownedSince").value(today().toString()));
		this.mvc.perform(post("/api/v1/customers/" + second + "/claim").header("Authorization", bearer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("您名下的客户已达到上限 " + (owned + 1) + " 家，不能再领取。"));
		assertThat(ownerOf(second)).isNull();
		assertThat(ownedBy(rep3)).isEqualTo(owned + 1);
	}

	@Test
	void anotherRepsCustomerCannotBeClaimed() throws Exception {
		long rep6s = CustomerApi.create(this.mvc, "TR-C6", "别人的客户印务", 100_000, "rep6");
		this.mvc
			.perform(post("/api/v1/customers/" + rep6s + "/claim").header("Authorization",
					Tokens.bearer(this.mvc, "rep3")))
			.andExpect(status().isNotFound());
		assertThat(ownerOf(rep6s)).isEqualTo(CustomerApi.userId(this.jdbc, "rep6"));
	}

	@Test
	void idleCustomersReturnToThePoolOnceAndKeyAccountsStay() throws Exception {
		LocalDate today = today();
		long idle = owned("TR-IDLE", today.minusDays(100), today.minusDays(200), false);
		long edge = owned("TR-EDGE", today.minusDays(90), today.minusDays(200), false);
		long busy = owned("TR-BUSY", today.minusDays(89), today.minusDays(200), false);
		long key = owned("TR-KEY", today.minusDays(100), today.minusDays(200), true);
		long justClaimed = owned("TR-NEW", today.minusDays(300), today.minusDays(10), false);
		long rep4 = CustomerApi.userId(this.jdbc, "rep4");

		assertThat(this.poolReturn.returnIdleCustomers(today)).isEqualTo(2);

		assertThat(ownerOf(idle)).isNull();
		assertThat(ownerOf(edge)).isNull();
		assertThat(this.jdbc.sql("select former_owner_id from customer where id = :id")
			.param("id", idle)
			.query(Long.class)
			.single()).isEqualTo(rep4);
		assertThat(this.jdbc.sql("select pooled_on from customer where id = :id")
			.param("id", idle)
			.query(LocalDate.class)
			.single()).isEqualTo(today);
		assertThat(ownerOf(busy)).isEqualTo(rep4);
		assertThat(ownerOf(key)).isEqualTo(rep4);
		assertThat(ownerOf(justClaimed)).isEqualTo(rep4);
		assertThat(this.poolReturn.returnIdleCustomers(today)).isZero();
	}

	@Test
	void ownerIsWarnedBeforeTheCustomerReturns() throws Exception {
		LocalDate today = today();
		owned("TR-WARN", today.minusDays(80), today.minusDays(200), false);
		this.jdbc.sql("update customer set name = '即将退回测试客户' where code = 'TR-WARN'").update();
		this.mvc.perform(get("/customers/pool").session(signIn("rep4", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("即将退回测试客户")))
			.andExpect(content().string(containsString(today.plusDays(10) + "（还剩 10 天）")));
		this.mvc.perform(get("/customers/pool").session(signIn("rep1", "demo")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("即将退回测试客户"))));
	}

	@Test
	void managerTransfersOnlyWithinTheTeam() throws Exception {
		long rep1s = CustomerApi.create(this.mvc, "TX-1", "移交测试一号", 100_000, "rep1");
		long rep6s = CustomerApi.create(this.mvc, "TX-6", "移交测试六号", 100_000, "rep6");
		String manager1 = Tokens.bearer(this.mvc, "manager1");
		this.mvc.perform(transfer(manager1, rep1s, "rep2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.transferred").value(1));
		assertThat(ownerOf(rep1s)).isEqualTo(CustomerApi.userId(this.jdbc, "rep2"));
		this.mvc.perform(transfer(manager1, rep1s, "rep6"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("toRep"));
		this.mvc.perform(transfer(manager1, rep6s, "rep1")).andExpect(status().isNotFound());
		assertThat(ownerOf(rep6s)).isEqualTo(CustomerApi.userId(this.jdbc, "rep6"));
		this.mvc.perform(transfer(Tokens.bearer(this.mvc, "rep2"), rep1s, "rep1")).andExpect(status().isForbidden());
		this.mvc.perform(transfer(Tokens.bearer(this.mvc, "director"), rep6s, "rep1")).andExpect(status().isOk());
		assertThat(ownerOf(rep6s)).isEqualTo(CustomerApi.userId(this.jdbc, "rep1"));
	}

	@Test
	void changeOfPotentialIsKeptInTheClassHistory() throws Exception {
		String rep5 = Tokens.bearer(this.mvc, "rep5");
		String created = this.mvc
			.perform(post("/api/v1/customers").header("Authorization", rep5)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"TC-1\",\"name\":\"升级测试食品有限公司\",\"potential\":100000}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.customerClass").value("C"))
			.andExpect(jsonPath("$.ownerUsername").value("rep5"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		this.mvc
			.perform(put("/api/v1/customers/" + id).header("Authorization", rep5)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"TC-1\",\"name\":\"升级测试食品有限公司\",\"potential\":300000,\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerClass").value("B"));
		this.mvc.perform(get("/api/v1/customers/" + id + "/class-history").header("Authorization", rep5))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].fromClass").value("C"))
			.andExpect(jsonPath("$[0].toClass").value("B"))
			.andExpect(jsonPath("$[0].automatic").value(true))
			.andExpect(jsonPath("$[1].fromClass").doesNotExist())
			.andExpect(jsonPath("$[1].toClass").value("C"));
		assertThat(this.customers.upgradesBetween(today(), today())).contains(new Customers.ClassUpgrade(id,
				CustomerApi.userId(this.jdbc, "rep5"), CustomerClass.C, CustomerClass.B, today()));
	}

	@Test
	void newThresholdsReclassifyEveryCustomerNotClassifiedByHand() throws Exception {
		long automatic = CustomerApi.create(this.mvc, "TC-2", "阈值测试一号", 300_000, "rep1");
		long manual = CustomerApi.create(this.mvc, "TC-3", "阈值测试二号", 300_000, "rep1");
		this.mvc.perform(classify(Tokens.bearer(this.mvc, "manager1"), manual, "B", "老客户，保持 B 类服务"))
			.andExpect(status().isOk());
		int version = this.jdbc.sql("select version from customer_settings").query(Integer.class).single();
		this.mvc
			.perform(post("/admin/customer-settings").session(signIn("admin", "admin-secret"))
				.with(csrf())
				.param("classAMin", "1000000")
				.param("classBMin", "350000")
				.param("claimLimit", "120")
				.param("poolIdleDays", "90")
				.param("poolWarningDays", "14")
				.param("version", String.valueOf(version)))
			.andExpect(status().isSeeOther());
		assertThat(classOf(automatic)).isEqualTo("C");
		assertThat(classOf(manual)).isEqualTo("B");
		assertThat(this.jdbc.sql("""
				select count(*) from customer where class_overridden = false and customer_class <>
				  case when potential >= 1000000 then 'A' when potential >= 350000 then 'B' else 'C' end
				""").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("""
				select from_class || '>' || to_class from customer_class_change
				where customer_id = :id and automatic = true and from_class is not null
				""").param("id", automatic).query(String.class).list()).containsExactly("B>C");
	}

	@Test
	void managerOverridesTheClassWithAReason() throws Exception {
		long id = CustomerApi.create(this.mvc, "TC-4", "手工定级测试", 100_000, "rep1");
		this.mvc.perform(classify(Tokens.bearer(this.mvc, "rep1"), id, "A", "我觉得是 A"))
			.andExpect(status().isForbidden());
		this.mvc.perform(classify(Tokens.bearer(this.mvc, "manager2"), id, "A", "不是我的团队"))
			.andExpect(status().isNotFound());
		String manager1 = Tokens.bearer(this.mvc, "manager1");
		this.mvc.perform(classify(manager1, id, "A", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(classOf(id)).isEqualTo("C");
		this.mvc.perform(classify(manager1, id, "A", "集团战略客户"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerClass").value("A"))
			.andExpect(jsonPath("$.classOverridden").value(true));
		this.mvc.perform(get("/api/v1/customers/" + id + "/class-history").header("Authorization", manager1))
			.andExpect(jsonPath("$[0].automatic").value(false))
			.andExpect(jsonPath("$[0].reason").value("集团战略客户"))
			.andExpect(jsonPath("$[0].changedByName").value("王建国"));
	}

	private org.springframework.test.web.servlet.RequestBuilder transfer(String bearer, long id, String to) {
		return post("/api/v1/customers/transfer").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerIds\":[" + id + "],\"toRepUsername\":\"" + to + "\"}");
	}

	private org.springframework.test.web.servlet.RequestBuilder classify(String bearer, long id, String customerClass,
			String reason) {
		return post("/api/v1/customers/" + id + "/classification").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"class\":\"" + customerClass + "\",\"reason\":\"" + reason + "\"}");
	}

	private long owned(String code, LocalDate lastActivity, LocalDate ownedSince, boolean keyAccount) throws Exception {
		long id = CustomerApi.create(this.mvc, code, "公海规则测试 " + code, 100_000, "rep4");
		this.jdbc.sql("""
				update customer set last_activity_date = :activity, owned_since = :since, key_account = :key
				where id = :id
				""")
			.param("activity", lastActivity)
			.param("since", ownedSince)
			.param("key", keyAccount)
			.param("id", id)
			.update();
		return id;
	}

	private Long ownerOf(long id) {
		return this.jdbc.sql("select owner_id from customer where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getObject(1, Long.class))
			.list()
			.get(0);
	}

	private String classOf(long id) {
		return this.jdbc.sql("select customer_class from customer where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long ownedBy(long userId) {
		return this.jdbc.sql("select count(*) from customer where owner_id = :id")
			.param("id", userId)
			.query(Long.class)
			.single();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}

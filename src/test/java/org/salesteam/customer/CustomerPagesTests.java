package org.salesteam.customer;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer pages: visibility, htmx partials, forms with translated errors, PRG with
 * 303.
 */
@IntegrationTest
class CustomerPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long own;

	private long others;

	@BeforeEach
	void createCustomers() throws Exception {
		// a customer marked lost here is recorded by retention (after commit): its
		// records go first
		for (String table : new String[] { "retention_exit_interview", "retention_lost_customer" }) {
			this.jdbc
				.sql("delete from " + table + " where customer_id in (select id from customer where code like 'TP-%')")
				.update();
		}
		this.jdbc.sql("delete from customer where code like 'TP-%'").update();
		this.own = CustomerApi.create(this.mvc, "TP-1", "宁波页面测试纸业有限公司", 250_000, "rep1");
		this.others = CustomerApi.create(this.mvc, "TP-2", "厦门页面测试日化有限公司", 250_000, "rep11");
	}

	@Test
	void listShowsOwnCustomersAndTheNavigation() throws Exception {
		this.mvc.perform(get("/customers").param("q", "页面测试").session(signIn("rep1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("宁波页面测试纸业有限公司")))
			.andExpect(content().string(not(containsString("厦门页面测试日化有限公司"))))
			.andExpect(content().string(containsString("href=\"/customers/pool\"")));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		this.mvc.perform(get("/customers").param("q", "页面测试").header("HX-Request", "true").session(signIn("rep1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("宁波页面测试纸业有限公司")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void anotherRepsCustomerPageIsNotFound() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		this.mvc.perform(get("/customers/" + this.others).session(rep1)).andExpect(status().isNotFound());
		this.mvc.perform(get("/customers/" + this.others + "/edit").session(rep1)).andExpect(status().isNotFound());
		this.mvc.perform(get("/customers/" + this.others + "/org-chart").session(rep1))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/customers/" + this.others + "/lost").param("reason", "x").with(csrf()).session(rep1))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select status from customer where id = :id")
			.param("id", this.others)
			.query(String.class)
			.single()).isEqualTo("PROSPECT");
		this.mvc.perform(get("/customers/" + this.own).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("等级变更记录")))
			.andExpect(content().string(containsString("还没有联系人")));
	}

	@Test
	void formShowsTranslatedErrorsAndRedirectsWith303() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		this.mvc
			.perform(post("/customers").session(rep1)
				.with(csrf())
				.param("code", "TP-3")
				.param("name", "")
				.param("potential", "-5")
				.param("creditLimit", "0")
				.param("paymentTermsDays", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必填。")))
			.andExpect(content().string(containsString("不能小于 0。")));
		MockHttpSession admin = this.signInAs("admin", "admin-secret");
		this.mvc
			.perform(post("/customers").session(admin)
				.with(csrf())
				.param("code", "TP-1")
				.param("name", "重复编码的客户")
				.param("potential", "0")
				.param("creditLimit", "0")
				.param("paymentTermsDays", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("客户编码 TP-1 已被使用。")));
		// a rep's code is not theirs to choose (issue 20): the customer gets the next
		// automatic one
		this.mvc
			.perform(post("/customers").session(rep1)
				.with(csrf())
				.param("code", "TP-3")
				.param("name", "温州页面新建包装有限公司")
				.param("potential", "1200000")
				.param("creditLimit", "100000")
				.param("paymentTermsDays", "60"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", startsWith("/customers/")));
		assertThat(this.jdbc.sql("select code || ' ' || customer_class from customer where name = '温州页面新建包装有限公司'")
			.query(String.class)
			.single()).matches("KH-\\d{4}-\\d{5,} A");
		this.jdbc.sql("delete from customer where name = '温州页面新建包装有限公司'").update();
	}

	@Test
	void aCreditLimitOfZeroReadsNoLimit() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		this.jdbc.sql("update customer set credit_limit = 0 where id = :id").param("id", this.own).update();
		this.mvc.perform(get("/customers/" + this.own).session(rep1))
			.andExpect(content().string(containsString("id=\"creditLimit\">不限<")));
		this.mvc.perform(get("/customers/" + this.own).param("lang", "en").session(rep1))
			.andExpect(content().string(containsString("id=\"creditLimit\">No limit<")));
		this.jdbc.sql("update customer set credit_limit = 80000 where id = :id").param("id", this.own).update();
		this.mvc.perform(get("/customers/" + this.own).param("lang", "zh-CN").session(rep1))
			.andExpect(content().string(containsString("id=\"creditLimit\">¥80,000<")));
	}

	@Test
	void lostNeedsAReasonAndIsShownOnThePage() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		this.mvc.perform(post("/customers/" + this.own + "/lost").param("reason", "交期延误").with(csrf()).session(rep1))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get("/customers/" + this.own).session(rep1))
			.andExpect(content().string(containsString("流失，原因：交期延误")));
	}

	@Test
	void orgChartFollowsTheReportingLinesAndRefusesCycles() throws Exception {
		String rep1 = Tokens.bearer(this.mvc, "rep1");
		long boss = contact(rep1,
				"{\"name\":\"陈总\",\"title\":\"总经理\",\"buyingRole\":\"DECISION_MAKER\",\"influence\":5}");
		long buyer = contact(rep1, "{\"name\":\"刘采购\",\"buyingRole\":\"GATEKEEPER\",\"attitude\":\"SUPPORTER\","
				+ "\"influence\":2,\"reportsToId\":" + boss + "}");
		this.mvc.perform(get("/customers/" + this.own + "/org-chart").session(signIn("rep1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.series[0].type").value("tree"))
			.andExpect(jsonPath("$.series[0].data[0].name").value("陈总\n总经理"))
			.andExpect(jsonPath("$.series[0].data[0].children[0].name").value("刘采购"))
			.andExpect(jsonPath("$.series[0].data[0].children[0].itemStyle.color").value("#198754"));
		this.mvc
			.perform(put("/api/v1/contacts/" + boss).header("Authorization", rep1)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"陈总\",\"influence\":5,\"reportsToId\":" + buyer + ",\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reportsToId"));
		this.mvc
			.perform(post("/api/v1/customers/" + this.others + "/contacts").header("Authorization", rep1)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"不该加上\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void pagesSpeakEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/customers").param("lang", "en").session(signIn("rep1")))
			.andExpect(content().string(containsString("Customers")))
			.andExpect(content().string(containsString("Annual purchase potential")));
	}

	@Test
	void supportStaffHaveNoPoolAndNoSettings() throws Exception {
		MockHttpSession support = signIn("support1");
		this.mvc.perform(get("/customers/pool").session(support)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/customer-settings").session(support)).andExpect(status().isForbidden());
		this.mvc.perform(get("/customers/transfer").session(signIn("rep1"))).andExpect(status().isForbidden());
	}

	private long contact(String bearer, String json) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/customers/" + this.own + "/contacts").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private MockHttpSession signIn(String username) throws Exception {
		return signInAs(username, "demo");
	}

	private MockHttpSession signInAs(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}

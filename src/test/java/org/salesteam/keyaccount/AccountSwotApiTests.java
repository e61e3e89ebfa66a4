package org.salesteam.keyaccount;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account SWOT with competitor shares (ADR 0048): our share measured, the
 * competitors' estimates summing to at most 100 % (422 naming the field, nothing
 * written), who reads and writes it, the account page's form, and a new plan starting
 * from it.
 */
@IntegrationTest
class AccountSwotApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private KeyAccountCalls api;

	@BeforeEach
	void calls() {
		this.api = new KeyAccountCalls(this.mvc);
	}

	private static String path(long customer) {
		return "/api/v1/customers/" + customer + "/swot";
	}

	@Test
	void sharesAreMeasuredForUsAndEstimatedForCompetitorsUpToAHundredPercent() throws Exception {
		long customer = this.api.customer("rep1", "份额分析客户");
		long product = this.jdbc.sql("select id from product where active = true order by id fetch first 1 rows only")
			.query(Long.class)
			.single();
		// 60 × 1500 = 90 000 today against a potential of 900 000 → our share 10.0 %
		this.api.order("rep1", customer, product, "60", "1500");
		this.api.call("rep1", put(path(customer)), """
				{"strengths":"交期稳定","threats":"对手降价","competitors":[{"name":"华彩印务","share":30},
				 {"name":"金鼎包装","share":25.5}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ourShare").value(10.0))
			.andExpect(jsonPath("$.competitorsTotal").value(55.5))
			// 100 − 10.0 − 55.5 = 34.5 left for others
			.andExpect(jsonPath("$.othersShare").value(34.5))
			.andExpect(jsonPath("$.competitors[1].name").value("金鼎包装"))
			.andExpect(jsonPath("$.swot.strengths").value("交期稳定"))
			.andExpect(jsonPath("$.swot.weaknesses").doesNotExist());

		// 60 + 41 = 101 > 100 → 422 on competitors, the stored estimates unchanged
		this.api.call("rep1", put(path(customer)), """
				{"strengths":"改了","competitors":[{"name":"华彩印务","share":60},{"name":"金鼎包装","share":41}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("competitors"));
		this.api.call("rep1", put(path(customer)), """
				{"competitors":[{"name":"华彩印务","share":100.5}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("competitors[0].share"));
		this.api.call("rep1", put(path(customer)), """
				{"competitors":[{"name":"华彩印务","share":12.34}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("competitors[0].share"));
		this.api.call("rep1", put(path(customer)), """
				{"competitors":[{"name":"华彩印务","share":10},{"name":" 华彩印务 ","share":10}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("competitors[1].name"));
		this.api.call("manager1", get(path(customer)), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.swot.strengths").value("交期稳定"))
			.andExpect(jsonPath("$.competitorsTotal").value(55.5));
	}

	@Test
	void theSwotIsReadAsItsCustomerIsAndWrittenByThoseWhoPlanForIt() throws Exception {
		long customer = this.api.customer("rep1", "SWOT权限客户");
		this.api.call("rep6", get(path(customer)), null).andExpect(status().isNotFound());
		this.api.call("rep6", put(path(customer)), "{\"strengths\":\"x\"}").andExpect(status().isNotFound());
		this.api.call("support1", put(path(customer)), "{\"strengths\":\"x\"}").andExpect(status().isNotFound());
		this.api.call("manager1", put(path(customer)), "{\"opportunities\":\"新厂投产\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.swot.opportunities").value("新厂投产"))
			.andExpect(jsonPath("$.updatedOn").value(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'accountSwot'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theAccountPageEditsTheSwotAndANewPlanStartsFromIt() throws Exception {
		long customer = this.api.customer("rep1", "SWOT计划客户");
		MockHttpSession rep1 = this.api.session("rep1");
		this.mvc
			.perform(post("/customers/" + customer + "/swot").session(rep1)
				.with(csrf())
				.param("strengths", "十年合作")
				.param("competitorName", "华彩印务", "", "金鼎包装")
				.param("competitorShare", "40", "", "20"))
			.andExpect(status().isSeeOther());
		String page = this.api.page(rep1, "/customers/" + customer + "/key-account");
		assertThat(page).contains("id=\"swotForm\"").contains("十年合作").contains("金鼎包装").contains("40.0 %");
		this.mvc
			.perform(post("/customers/" + customer + "/swot").session(rep1)
				.with(csrf())
				.param("competitorName", "华彩印务", "金鼎包装")
				.param("competitorShare", "70", "31"))
			.andExpect(status().isSeeOther());
		assertThat(this.api.page(rep1, "/customers/" + customer + "/key-account")).contains("超过了 100%")
			.contains("十年合作");

		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
		long plan = KeyAccountCalls.id(this.api
			.call("rep1", post("/api/v1/key-account-plans"),
					"{\"customerId\":%d,\"year\":%d}".formatted(customer, year))
			.andExpect(status().isCreated())
			.andReturn());
		this.api.call("rep1", get("/api/v1/key-account-plans/" + plan), null)
			.andExpect(jsonPath("$.swot", containsString("十年合作")))
			.andExpect(jsonPath("$.swot", containsString("华彩印务 40.0%、金鼎包装 20.0%")));
	}

}

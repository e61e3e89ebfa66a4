package org.salesteam.visit;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit–contact link (ADR 0048): a visit is planned and reported with the customer's
 * contacts, on the API and on the form, beside the free text; another customer's contact
 * is a 422 on {@code contactIds} with nothing written; a follow-up keeps the contacts.
 */
@IntegrationTest
class VisitContactTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private long contact(long customer, String name, String title) throws Exception {
		return VisitApi.id(VisitApi.post(this.mvc, "rep1", "/api/v1/customers/" + customer + "/contacts", """
				{"name":"%s","title":"%s"}""".formatted(name, title)).andExpect(status().isCreated()).andReturn());
	}

	private long linkedVisits(long customer) {
		return this.jdbc
			.sql("select count(*) from visit_contact vc join visit v on v.id = vc.visit_id where v.customer_id = :c")
			.param("c", customer)
			.query(Long.class)
			.single();
	}

	@Test
	void aVisitIsPlannedAndReportedWithTheCustomersContactsAndTheFollowUpKeepsThem() throws Exception {
		long customer = VisitApi.customer(this.mvc, "联系人拜访测试包装", "rep1");
		long buyer = contact(customer, "钱采购", "采购经理");
		long engineer = contact(customer, "孙工", "技术主管");
		long visit = VisitApi.id(VisitApi.post(this.mvc, "rep1", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"2031-03-03T10:00","objective":"看样","contactsMet":"钱经理",
				 "contactIds":[%d]}""".formatted(customer, buyer))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contactIds", contains((int) buyer)))
			.andExpect(jsonPath("$.contactsMet").value("钱经理"))
			.andReturn());
		// the report names both: they replace the planned one; the follow-up keeps them
		this.jdbc.sql("update visit set planned_at = :at, visit_date = :day where id = :id")
			.param("at", this.today.minusDays(2).atTime(10, 0))
			.param("day", this.today.minusDays(2))
			.param("id", visit)
			.update();
		String followUp = VisitApi
			.post(this.mvc, "rep1", "/api/v1/visits/" + visit + "/complete",
					"""
							{"result":"确认打样","nextAction":"送样","nextVisitDate":"%s","contactIds":[%d,%d]}"""
						.formatted(this.today.plusDays(5), engineer, buyer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactIds", contains((int) buyer, (int) engineer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long followUpId = ((Number) com.jayway.jsonpath.JsonPath.read(followUp, "$.followUpId")).longValue();
		VisitApi.get(this.mvc, "rep1", "/api/v1/visits/" + followUpId)
			.andExpect(jsonPath("$.contactIds", contains((int) buyer, (int) engineer)));
		assertThat(linkedVisits(customer)).isEqualTo(4);
	}

	@Test
	void anotherCustomersContactIsRefusedOnContactIdsAndNothingIsWritten() throws Exception {
		long customer = VisitApi.customer(this.mvc, "联系人校验测试纸品", "rep1");
		long other = VisitApi.customer(this.mvc, "联系人校验另一家", "rep1");
		long own = contact(customer, "周主任", "办公室主任");
		long foreign = contact(other, "吴经理", "采购");
		long before = VisitApi.visits(this.jdbc);
		VisitApi
			.post(this.mvc, "rep1", "/api/v1/visits/record",
					"""
							{"customerId":%d,"objective":"回访","actualStart":"%sT09:00","actualEnd":"%sT10:00",
							 "result":"谈了价格","contactIds":[%d,%d]}""".formatted(customer, this.today.minusDays(1),
							this.today.minusDays(1), own, foreign))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("contactIds"));
		VisitApi
			.post(this.mvc, "rep1", "/api/v1/visits",
					"""
							{"customerId":%d,"plannedAt":"2031-04-01T10:00","objective":"看样","contactIds":[%d]}"""
						.formatted(customer, foreign))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("contactIds"));
		assertThat(VisitApi.visits(this.jdbc)).isEqualTo(before);
		assertThat(linkedVisits(customer)).isZero();
	}

	/** The 补录 form of a visit three days ago to {@code customer}, ticking one contact. */
	private MockHttpServletRequestBuilder recordForm(MockHttpSession session, long customer, long contact) {
		return post("/visits/record").session(session)
			.with(csrf())
			.param("customerId", String.valueOf(customer))
			.param("type", "RELATIONSHIP")
			.param("objective", "节前拜访")
			.param("date", this.today.minusDays(3).toString())
			.param("start", "09:00")
			.param("end", "10:00")
			.param("result", "聊了明年计划")
			.param("contactIds", String.valueOf(contact));
	}

	@Test
	void theRecordFormTicksTheCustomersContactsAndTheVisitPageNamesThem() throws Exception {
		long customer = VisitApi.customer(this.mvc, "联系人表单测试彩盒", "rep1");
		long manager = contact(customer, "郑厂长", "厂长");
		long other = VisitApi.customer(this.mvc, "联系人表单另一家", "rep1");
		long foreign = contact(other, "冯采购", "采购");
		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		this.mvc.perform(get("/visits/record").param("customerId", String.valueOf(customer)).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"contactIds\"")))
			.andExpect(content().string(containsString("郑厂长（厂长）")))
			.andExpect(content().string(not(containsString("冯采购"))));
		this.mvc.perform(get("/visits/contact-options").param("customerId", String.valueOf(other)).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + foreign + "\"")));
		this.mvc.perform(recordForm(rep1, customer, foreign))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能选择此客户的联系人")));
		String location = this.mvc.perform(recordForm(rep1, customer, manager))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("郑厂长（厂长）")));
		assertThat(linkedVisits(customer)).isEqualTo(1);
	}

}

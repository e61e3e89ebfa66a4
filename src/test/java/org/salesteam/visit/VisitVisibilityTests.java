package org.salesteam.visit;

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
 * A rep cannot plan, complete or read visits of customers outside their visibility, by
 * API or by page: 404 and nothing written. Their manager sees them, another manager does
 * not.
 */
@IntegrationTest
class VisitVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anotherRepsCustomerAndVisitsAreNotFoundAndNothingIsWritten() throws Exception {
		long customer = VisitApi.customer(this.mvc, "南通可见性测试彩印厂", "rep1");
		long visit = VisitApi.plan(this.mvc, "rep1", customer, "2032-12-03T14:00", "介绍新型环保油墨");
		long before = VisitApi.visits(this.jdbc);

		VisitApi.post(this.mvc, "rep2", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"2032-12-04T10:00","objective":"抢客户"}
				""".formatted(customer)).andExpect(status().isNotFound());
		VisitApi.post(this.mvc, "rep2", "/api/v1/visits/" + visit + "/complete", """
				{"actualStart":"2032-12-03T14:00","actualEnd":"2032-12-03T15:00","result":"x","nextAction":"y",
				 "nextVisitDate":"2032-12-10"}
				""").andExpect(status().isNotFound());
		VisitApi.post(this.mvc, "rep2", "/api/v1/visits/" + visit + "/cancel", "{}").andExpect(status().isNotFound());
		VisitApi.get(this.mvc, "rep2", "/api/v1/visits/" + visit).andExpect(status().isNotFound());
		VisitApi.get(this.mvc, "rep2", "/api/v1/visits?customerId=" + customer)
			.andExpect(jsonPath("$.items.length()").value(0));
		VisitApi.get(this.mvc, "manager2", "/api/v1/visits/" + visit).andExpect(status().isNotFound());
		VisitApi.get(this.mvc, "support1", "/api/v1/visits?customerId=" + customer)
			.andExpect(jsonPath("$.items.length()").value(0));
		VisitApi.get(this.mvc, "manager1", "/api/v1/visits/" + visit)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.objective").value("介绍新型环保油墨"));

		MockHttpSession rep2 = VisitApi.signIn(this.mvc, "rep2");
		this.mvc.perform(get("/visits/" + visit).session(rep2)).andExpect(status().isNotFound());
		this.mvc.perform(get("/visits/" + visit + "/complete").session(rep2)).andExpect(status().isNotFound());
		this.mvc.perform(get("/customers/" + customer + "/visits").session(rep2)).andExpect(status().isNotFound());
		this.mvc.perform(get("/customers/" + customer + "/visits").session(VisitApi.signIn(this.mvc, "rep1")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("介绍新型环保油墨")));
		this.mvc.perform(get("/visits/new").param("customerId", String.valueOf(customer)).session(rep2))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/visits").session(rep2)
				.with(csrf())
				.param("customerId", String.valueOf(customer))
				.param("date", "2032-12-04")
				.param("time", "10:00")
				.param("type", "RELATIONSHIP")
				.param("objective", "抢客户"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/visits/" + visit + "/complete").session(rep2)
				.with(csrf())
				.param("date", "2032-12-03")
				.param("start", "14:00")
				.param("end", "15:00")
				.param("result", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/visits/" + visit + "/cancel").session(rep2).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(VisitApi.visits(this.jdbc)).isEqualTo(before);
		assertThat(VisitApi.status(this.jdbc, visit)).isEqualTo("PLANNED");
	}

	@Test
	void aRepPlansAndReportsThroughThePages() throws Exception {
		long customer = VisitApi.customer(this.mvc, "嘉兴页面测试纸箱厂", "rep1");
		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		String location = this.mvc
			.perform(post("/visits").session(rep1)
				.with(csrf())
				.param("customerId", String.valueOf(customer))
				.param("date", "2032-12-05")
				.param("time", "09:30")
				.param("type", "DEMONSTRATION")
				.param("objective", "演示烫金新工艺"))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		// the calendar moves on: the visit was planned for 5 December 2026
		this.jdbc.sql("update visit set planned_at = :at, visit_date = :day where id = :id")
			.param("at", java.time.LocalDateTime.of(2026, 12, 5, 9, 30))
			.param("day", java.time.LocalDate.of(2026, 12, 5))
			.param("id", id)
			.update();
		this.mvc
			.perform(post("/visits/" + id + "/complete").session(rep1)
				.with(csrf())
				.param("version", "0")
				.param("date", "2026-12-05")
				.param("start", "09:30")
				.param("end", "09:10")
				.param("result", "客户认可"))
			.andExpect(status().isOk());
		assertThat(VisitApi.status(this.jdbc, id)).isEqualTo("PLANNED");
		this.mvc
			.perform(post("/visits/" + id + "/complete").session(rep1)
				.with(csrf())
				.param("version", "0")
				.param("date", "2026-12-05")
				.param("start", "09:30")
				.param("end", "10:50")
				.param("result", "客户认可，要求打样")
				.param("nextAction", "送打样件")
				.param("nextVisitDate", "2032-12-12")
				.param("travel", "80"))
			.andExpect(status().isSeeOther());
		assertThat(VisitApi.status(this.jdbc, id)).isEqualTo("COMPLETED");
		assertThat(this.jdbc.sql("select count(*) from visit where previous_visit_id = :id and visit_date = :d")
			.param("id", id)
			.param("d", java.time.LocalDate.of(2032, 12, 12))
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/visits/" + id).session(rep1)).andExpect(status().isOk());
		this.mvc.perform(get("/visits").session(rep1)).andExpect(status().isOk());
	}

}

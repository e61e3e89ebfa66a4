package org.salesteam.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, defect 1: nothing is reported ahead of the business clock and nothing is
 * planned in the past; a visit that already happened is recorded (补录拜访) with its actual
 * times.
 */
@IntegrationTest
class VisitDatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aVisitIsNotReportedWithAnActualStartLaterThanNow() throws Exception {
		long customer = VisitApi.customer(this.mvc, "温州未来时间测试印刷厂", "rep1");
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		long visit = VisitApi.plan(this.mvc, "rep1", customer, now.plusDays(2).toString(), "介绍秋季新品");
		LocalDateTime start = now.plusHours(2);
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + visit + "/complete", """
				{"actualStart":"%s","actualEnd":"%s","result":"客户有兴趣"}
				""".formatted(start, start.plusHours(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("actualStart"));
		// without times a visit whose day has not come is not reported either
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + visit + "/complete", "{\"result\":\"客户有兴趣\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("actualStart"));
		// an end later than now: the visit is not over yet
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + visit + "/complete", """
				{"actualStart":"%s","actualEnd":"%s","result":"客户有兴趣"}
				""".formatted(now.minusMinutes(30), now.plusMinutes(30)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("actualEnd"));
		assertThat(VisitApi.status(this.jdbc, visit)).isEqualTo("PLANNED");
		assertThat(lastActivity(customer)).satisfiesAnyOf((d) -> assertThat(d).isNull(),
				(d) -> assertThat(d).isBeforeOrEqualTo(now.toLocalDate()));
		// done ahead of plan, reported with its real times
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + visit + "/complete", """
				{"actualStart":"%s","actualEnd":"%s","result":"客户有兴趣"}
				""".formatted(now.minusHours(2), now.minusHours(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visitDate").value(now.minusHours(2).toLocalDate().toString()));
		// completing without times stays allowed for a visit whose day has come
		long due = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2024-05-06T10:00", "催收货款");
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + due + "/complete", "{\"result\":\"已收款\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visitDate").value("2024-05-06"));
	}

	@Test
	void aVisitIsNotPlannedInThePast() throws Exception {
		long customer = VisitApi.customer(this.mvc, "台州过去计划测试纸业", "rep1");
		long before = VisitApi.visits(this.jdbc);
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"%s","objective":"送样品","type":"NEEDS"}
				""".formatted(customer, now.minusDays(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("plannedAt"))
			.andExpect(jsonPath("$.detail").value(containsString("补录拜访")));
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"%s","objective":"送样品","type":"NEEDS"}
				""".formatted(customer, now.minusHours(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("plannedAt"));
		assertThat(VisitApi.visits(this.jdbc)).isEqualTo(before);
		// changing a planned visit to a past time is refused the same way
		long visit = VisitApi.plan(this.mvc, "rep1", customer, now.plusDays(1).toString(), "送样品");
		VisitApi.mvcPut(this.mvc, "rep1", "/api/v1/visits/" + visit, """
				{"plannedAt":"%s","objective":"送样品"}
				""".formatted(now.minusDays(3)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("plannedAt"));
		// the page says so on the date
		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		this.mvc
			.perform(post("/visits").session(rep1)
				.with(csrf())
				.param("customerId", String.valueOf(customer))
				.param("date", now.minusDays(1).toLocalDate().toString())
				.param("time", "10:00")
				.param("type", "NEEDS")
				.param("objective", "送样品"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能安排过去的拜访")));
		assertThat(VisitApi.visits(this.jdbc)).isEqualTo(before + 1);
	}

	@Test
	void aVisitThatAlreadyHappenedIsRecordedWithItsActualTimes() throws Exception {
		long customer = VisitApi.customer(this.mvc, "丽水补录测试彩印厂", "rep1");
		LocalDate today = LocalDate.now(this.clock);
		String path = "/api/v1/visits/record";
		VisitApi.post(this.mvc, "rep1", path, """
				{"customerId":%d,"objective":"回访","result":"客户满意"}
				""".formatted(customer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("actualStart"));
		LocalDateTime later = LocalDateTime.now(this.clock).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
		VisitApi.post(this.mvc, "rep1", path, """
				{"customerId":%d,"objective":"回访","actualStart":"%s","actualEnd":"%s","result":"客户满意"}
				""".formatted(customer, later, later.plusHours(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("actualStart"));
		VisitApi.post(this.mvc, "rep6", path, """
				{"customerId":%d,"objective":"回访","actualStart":"2025-03-04T09:00","actualEnd":"2025-03-04T10:00",
				 "result":"客户满意"}
				""".formatted(customer)).andExpect(status().isNotFound());
		VisitApi.post(this.mvc, "rep1", path, """
				{"customerId":%d,"type":"SERVICE","objective":"回访","actualStart":"2025-03-04T09:00",
				 "actualEnd":"2025-03-04T10:15","result":"客户满意","nextAction":"送新样册",
				 "nextVisitDate":"%s"}
				""".formatted(customer, today.plusDays(7)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.visitDate").value("2025-03-04"))
			.andExpect(jsonPath("$.durationMinutes").value(75))
			.andExpect(jsonPath("$.followUpId").isNumber());
		assertThat(lastActivity(customer)).isEqualTo(LocalDate.of(2025, 3, 4));

		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		this.mvc.perform(get("/visits").session(rep1))
			.andExpect(content().string(containsString("href=\"/visits/record\"")));
		this.mvc.perform(get("/visits/record").param("customerId", String.valueOf(customer)).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("补录拜访")));
		this.mvc
			.perform(post("/visits/record").session(rep1)
				.with(csrf())
				.param("customerId", String.valueOf(customer))
				.param("type", "RELATIONSHIP")
				.param("objective", "节日拜访")
				.param("date", later.toLocalDate().plusDays(1).toString())
				.param("start", "09:00")
				.param("end", "10:00")
				.param("result", "送了月饼"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还没到")));
		this.mvc
			.perform(post("/visits/record").session(rep1)
				.with(csrf())
				.param("customerId", String.valueOf(customer))
				.param("type", "RELATIONSHIP")
				.param("objective", "节日拜访")
				.param("date", "2025-09-15")
				.param("start", "09:00")
				.param("end", "10:00")
				.param("result", "送了月饼"))
			.andExpect(status().isSeeOther());
		assertThat(this.jdbc.sql("select count(*) from visit where customer_id = :c and status = 'COMPLETED'")
			.param("c", customer)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private LocalDate lastActivity(long customer) {
		return this.jdbc.sql("select last_activity_date from customer where id = :id")
			.param("id", customer)
			.query(LocalDate.class)
			.list()
			.get(0);
	}

}

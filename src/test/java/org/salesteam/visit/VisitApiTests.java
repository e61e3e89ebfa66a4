package org.salesteam.visit;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.visit.internal.MissedVisits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit contracts of issue 4: planning, reporting with a follow-up, listing, the
 * MISSED job.
 */
@IntegrationTest
@RecordApplicationEvents
class VisitApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MissedVisits missed;

	@Autowired
	ApplicationEvents events;

	@Autowired
	java.util.List<org.salesteam.platform.CustomerTimeline> timelines;

	@Test
	void completingWithANextVisitDatePlansTheFollowUpForThatDay() throws Exception {
		long customer = VisitApi.customer(this.mvc, "苏州拜访测试纸品有限公司", "rep1");
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"2032-12-01T10:00","objective":"了解明年礼盒包装预算","type":"NEEDS"}
				""".formatted(customer))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.repUsername").value("rep1"))
			.andExpect(jsonPath("$.visitDate").value("2032-12-01"));
		long id = this.jdbc.sql("select id from visit where customer_id = :c")
			.param("c", customer)
			.query(Long.class)
			.single();
		// the calendar moves on: the visit was planned for 1 December 2026
		this.jdbc.sql("update visit set planned_at = :at, visit_date = :day where id = :id")
			.param("at", java.time.LocalDateTime.of(2026, 12, 1, 10, 0))
			.param("day", LocalDate.of(2026, 12, 1))
			.param("id", id)
			.update();
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + id + "/complete", """
				{"actualStart":"2026-12-01T10:15","actualEnd":"2026-12-01T11:45","presentationMinutes":30,
				 "result":"预算约 40 万，采购经理和总经理共同决定","nextAction":"带样品做工艺演示",
				 "nextVisitDate":"2032-12-08","contactsMet":"王经理",
				 "expenses":{"travel":120.5,"meals":200,"gifts":0,"other":15}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.durationMinutes").value(90))
			.andExpect(jsonPath("$.presentationMinutes").value(30))
			.andExpect(jsonPath("$.expenses.total").value(335.5))
			.andExpect(jsonPath("$.customerWasProspect").value(true))
			.andExpect(jsonPath("$.followUpId").isNumber());
		VisitApi
			.get(this.mvc, "rep1",
					"/api/v1/visits?customerId=" + customer + "&status=PLANNED&from=2032-12-08&to=2032-12-08")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].objective").value("带样品做工艺演示"))
			.andExpect(jsonPath("$.items[0].type").value("NEEDS"))
			.andExpect(jsonPath("$.items[0].plannedAt").value("2032-12-08T10:00:00"));
		VisitApi.get(this.mvc, "rep1", "/api/v1/visits?customerId=" + customer)
			.andExpect(jsonPath("$.items.length()").value(2));
		assertThat(this.jdbc.sql("select last_activity_date from customer where id = :id")
			.param("id", customer)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2026, 12, 1));
		var timeline = this.timelines.stream()
			.flatMap((t) -> t.entries(customer, 10).stream())
			.filter((entry) -> !entry.kind().equals("created") && !entry.kind().equals("class"))
			.toList();
		assertThat(timeline).singleElement().satisfies((entry) -> {
			assertThat(entry.kind()).isEqualTo("visit");
			assertThat(entry.on()).isEqualTo(LocalDate.of(2026, 12, 1));
			assertThat(entry.link()).isEqualTo("/visits/" + id);
			assertThat(entry.args()).contains("预算约 40 万，采购经理和总经理共同决定");
		});
		VisitCompleted completed = this.events.stream(VisitCompleted.class)
			.filter((e) -> e.visitId() == id)
			.findFirst()
			.orElseThrow();
		assertThat(completed.minutes()).isEqualTo(90);
		assertThat(completed.expensesTotal()).isEqualByComparingTo(new BigDecimal("335.50"));
		assertThat(completed.customerWasProspect()).isTrue();
		assertThat(this.events.stream(VisitPlanned.class).filter((e) -> e.customerId() == customer).count())
			.isEqualTo(2);
	}

	@Test
	void aVisitWithoutObjectiveIsNotPlannedAndAReportNeedsAResult() throws Exception {
		long customer = VisitApi.customer(this.mvc, "无锡目标测试印刷厂", "rep1");
		long before = VisitApi.visits(this.jdbc);
		VisitApi
			.post(this.mvc, "rep1", "/api/v1/visits",
					"{\"customerId\":%d,\"plannedAt\":\"2032-12-02T09:00\",\"objective\":\"  \"}".formatted(customer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("objective"));
		assertThat(VisitApi.visits(this.jdbc)).isEqualTo(before);
		long id = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2026-12-02T09:00", "送报价单");
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + id + "/complete", """
				{"actualStart":"2026-12-02T09:00","actualEnd":"2026-12-02T09:40","result":""}
				""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("result"));
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + id + "/complete", """
				{"actualStart":"2026-12-02T09:00","actualEnd":"2026-12-02T09:40","result":"客户收下报价",
				 "nextVisitDate":"2032-12-09"}
				""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nextAction"));
		assertThat(VisitApi.status(this.jdbc, id)).isEqualTo("PLANNED");
		assertThat(VisitApi.visits(this.jdbc)).isEqualTo(before + 1);
	}

	@Test
	void plannedVisitsWhoseDayHasPassedBecomeMissed() throws Exception {
		long customer = VisitApi.customer(this.mvc, "常州漏访测试包装公司", "rep1");
		long past = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2021-03-01T10:00", "回访投诉处理情况");
		long sameDay = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2021-03-02T15:00", "催收 2 月货款");
		long cancelled = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2021-02-26T10:00", "新品介绍");
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + cancelled + "/cancel", "{\"reason\":\"客户出差\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		this.missed.markBefore(LocalDate.of(2021, 3, 2));
		assertThat(VisitApi.status(this.jdbc, past)).isEqualTo("MISSED");
		assertThat(VisitApi.status(this.jdbc, sameDay)).isEqualTo("PLANNED");
		assertThat(VisitApi.status(this.jdbc, cancelled)).isEqualTo("CANCELLED");
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + past + "/complete", """
				{"actualStart":"2021-03-03T10:00","actualEnd":"2021-03-03T10:30","result":"补报：客户已满意"}
				""").andExpect(status().isOk()).andExpect(jsonPath("$.visitDate").value("2021-03-03"));
	}

}

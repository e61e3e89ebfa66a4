package org.salesteam.worklog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.CustomerTimeline;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Other activities through {@code /api/v1/activities}: logged by the rep for themselves,
 * visible to the rep, their manager and directors; a customer or an activity the caller
 * cannot see answers 404 and nothing is written or deleted.
 */
@IntegrationTest
class ActivityApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<CustomerTimeline> timelines;

	private long rep1Customer;

	private long rep2Customer;

	@Autowired
	Clock clock;

	private LocalDate today;

	@BeforeEach
	void customers() throws Exception {
		this.today = LocalDate.now(this.clock);
		this.rep1Customer = WorklogApi.customer(this.mvc, "台州活动测试包装有限公司", "rep1");
		this.rep2Customer = WorklogApi.customer(this.mvc, "金华活动测试食品有限公司", "rep2");
	}

	@Test
	void aRepLogsAnActivityForTheirCustomerAndFindsItInTheListAndOnTheTimeline() throws Exception {
		long id = WorklogApi.id(WorklogApi.post(this.mvc, "rep1", "/api/v1/activities", """
				{"type":"RECEIVABLE_COLLECTED","date":"%s","customerId":%d,"durationMinutes":40,
				 "amount":12345.6,"outcome":"对账后付清尾款"}
				""".formatted(this.today, this.rep1Customer))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("RECEIVABLE_COLLECTED"))
			.andExpect(jsonPath("$.amount").value(12345.6))
			.andReturn());
		WorklogApi.get(this.mvc, "rep1", "/api/v1/activities?customerId=" + this.rep1Customer)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].durationMinutes").value(40));
		WorklogApi.get(this.mvc, "manager1", "/api/v1/activities/" + id).andExpect(status().isOk());
		WorklogApi.get(this.mvc, "director", "/api/v1/activities/" + id).andExpect(status().isOk());
		assertThat(this.timelines.stream().flatMap((t) -> t.entries(this.rep1Customer, 10).stream()))
			.anySatisfy((entry) -> {
				assertThat(entry.kind()).isEqualTo("activity");
				assertThat(entry.messageKey()).isEqualTo("worklog.timeline.RECEIVABLE_COLLECTED");
				assertThat(entry.on()).isEqualTo(this.today);
			});
	}

	@Test
	void aRepCannotLogForAnotherRepsCustomerAndNothingIsWritten() throws Exception {
		long before = WorklogApi.count(this.jdbc, "activity_log");
		WorklogApi.post(this.mvc, "rep1", "/api/v1/activities", """
				{"type":"COMPLAINT_RESOLVED","date":"%s","customerId":%d,"durationMinutes":30}
				""".formatted(this.today, this.rep2Customer)).andExpect(status().isNotFound());
		WorklogApi.post(this.mvc, "manager2", "/api/v1/activities", """
				{"type":"SERVICE_VISIT","date":"%s","customerId":%d,"durationMinutes":30}
				""".formatted(this.today, this.rep2Customer)).andExpect(status().isNotFound());
		WorklogApi.post(this.mvc, "support1", "/api/v1/activities", """
				{"type":"TRAINING","date":"%s","durationMinutes":30}
				""".formatted(this.today)).andExpect(status().isForbidden());
		assertThat(WorklogApi.count(this.jdbc, "activity_log")).isEqualTo(before);
	}

	@Test
	void anotherRepsActivityIsNotFoundAndCannotBeDeleted() throws Exception {
		long id = WorklogApi.id(WorklogApi.post(this.mvc, "rep2", "/api/v1/activities", """
				{"type":"PROPOSAL","date":"%s","customerId":%d,"durationMinutes":90,"outcome":"礼盒方案"}
				""".formatted(this.today, this.rep2Customer)).andExpect(status().isCreated()).andReturn());
		WorklogApi.get(this.mvc, "rep1", "/api/v1/activities/" + id).andExpect(status().isNotFound());
		WorklogApi.get(this.mvc, "manager2", "/api/v1/activities/" + id).andExpect(status().isNotFound());
		WorklogApi.get(this.mvc, "rep1", "/api/v1/activities?customerId=" + this.rep2Customer)
			.andExpect(jsonPath("$.items", hasSize(0)));
		WorklogApi.delete(this.mvc, "rep1", "/api/v1/activities/" + id).andExpect(status().isNotFound());
		WorklogApi.delete(this.mvc, "manager1", "/api/v1/activities/" + id).andExpect(status().isForbidden());
		assertThat(exists(id)).isTrue();
		WorklogApi.delete(this.mvc, "rep2", "/api/v1/activities/" + id).andExpect(status().isNoContent());
		assertThat(exists(id)).isFalse();
	}

	@Test
	void brokenRulesAnswer422OrBadRequestAndWriteNothing() throws Exception {
		long before = WorklogApi.count(this.jdbc, "activity_log");
		WorklogApi.post(this.mvc, "rep1", "/api/v1/activities", """
				{"type":"RECEIVABLE_COLLECTED","date":"%s","durationMinutes":30}
				""".formatted(this.today))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("收回逾期帐款须填写大于零的金额。"));
		WorklogApi.post(this.mvc, "rep1", "/api/v1/activities", """
				{"type":"PROSPECT_CALL","date":"%s","durationMinutes":30}
				""".formatted(this.today.plusDays(2))).andExpect(status().isUnprocessableContent());
		WorklogApi.post(this.mvc, "rep1", "/api/v1/activities", """
				{"type":"PROSPECT_CALL","date":"%s","durationMinutes":2000}
				""".formatted(this.today)).andExpect(status().isBadRequest());
		WorklogApi.post(this.mvc, "rep1", "/api/v1/activities", """
				{"date":"%s","durationMinutes":20}
				""".formatted(this.today)).andExpect(status().isBadRequest());
		assertThat(WorklogApi.count(this.jdbc, "activity_log")).isEqualTo(before);
	}

	@Test
	void totalsCountTheVisibleActivitiesOfAKind() throws Exception {
		long customer = WorklogApi.customer(this.mvc, "丽水活动合计测试有限公司", "rep1");
		for (int i = 0; i < 3; i++) {
			WorklogApi.post(this.mvc, "rep1", "/api/v1/activities", """
					{"type":"COMPLAINT_RESOLVED","date":"%s","customerId":%d,"durationMinutes":%d}
					""".formatted(this.today, customer, 20 + 10 * i)).andExpect(status().isCreated());
		}
		// 20 + 30 + 40 = 90 minutes
		WorklogApi.get(this.mvc, "rep1", "/api/v1/activities/totals?customerId=" + customer)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.type=='COMPLAINT_RESOLVED')].count").value(3))
			.andExpect(jsonPath("$[?(@.type=='COMPLAINT_RESOLVED')].minutes").value(90))
			.andExpect(jsonPath("$[?(@.type=='PROSPECT_CALL')].count").value(0));
		WorklogApi.get(this.mvc, "rep6", "/api/v1/activities/totals?customerId=" + customer)
			.andExpect(jsonPath("$[?(@.type=='COMPLAINT_RESOLVED')].count").value(0));
	}

	private boolean exists(long id) {
		return this.jdbc.sql("select count(*) from activity_log where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

}

package org.salesteam.retention;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Satisfaction surveys from outside: rep13 sends an NPS survey to a customer of theirs
 * (one order ten days ago: ACTIVE on the class-B default, no visit); the customer answers
 * 4 through the link without signing in — a detractor:
 * <ul>
 * <li>the follow-up is rep13's, due two working days (Monday to Friday) after today;</li>
 * <li>the at-risk score counts it for 90 days as the "a complaint past its
 * deadline or a detractor answer" (COMPLAINT_OVERDUE, 10) beside NO_VISIT (10): 20.</li>
 * </ul>
 * The link takes one answer, shows nothing but the question, and an expired one takes
 * none.
 */
@IntegrationTest
class SurveyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private long customer;

	private String name;

	private RetentionTestCalls api;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.api.call(user, request, body);
	}

	@BeforeEach
	void data() throws Exception {
		this.api = new RetentionTestCalls(this.mvc, this.jdbc);
		RetentionTestCalls.Created created = this.api.uniqueCustomer("SV", "满意度测试客户", 300_000, "rep13");
		this.customer = created.id();
		this.name = created.name();
		this.api.order("rep13", this.customer, LocalDate.now(this.clock).minusDays(10));
	}

	private String send(String kind) throws Exception {
		String body = call("rep13", post("/api/v1/retention/surveys"),
				"{\"customerId\":%d,\"kind\":\"%s\"}".formatted(this.customer, kind))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value(kind))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.link");
	}

	/** Two working days after today, Monday to Friday. */
	private LocalDate twoWorkingDaysLater() {
		LocalDate day = LocalDate.now(this.clock);
		int left = 2;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
				left--;
			}
		}
		return day;
	}

	@Test
	void aDetractorAnswersOnceWithoutSigningInAndOpensAFollowUp() throws Exception {
		String link = send("NPS");
		assertThat(link).startsWith("/survey/");
		call("rep13", post("/api/v1/retention/surveys"),
				"{\"customerId\":%d,\"kind\":\"NPS\"}".formatted(this.customer))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("contactId"));
		call("rep1", post("/api/v1/retention/surveys"),
				"{\"customerId\":%d,\"kind\":\"CSAT\"}".formatted(this.customer))
			.andExpect(status().isNotFound());
		call("rep13", post("/api/v1/retention/surveys"),
				"{\"customerId\":%d,\"kind\":\"STARS\"}".formatted(this.customer))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		// the customer's phone: no sign-in, nothing but the question
		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("推荐给同行或朋友")))
			.andExpect(content().string(not(containsString(this.name))));
		this.mvc.perform(post(link).param("score", "11").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请先选一个分数")));
		this.mvc.perform(post(link).param("score", "4").param("comment", "交期总是拖").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("谢谢您的反馈")));
		this.mvc.perform(post(link).param("score", "10").with(csrf()))
			.andExpect(content().string(containsString("链接已经失效")));
		assertThat(this.jdbc.sql("""
				select s.score || ' ' || case when s.detractor then 'detractor' else 'not' end || ' ' || s.follow_up_due
				  || ' ' || u.username
				from retention_survey s join app_user u on u.id = s.follow_up_assignee where s.customer_id = :c
				""").param("c", this.customer).query(String.class).list())
			.containsExactly("4 detractor " + twoWorkingDaysLater() + " rep13");
		call("rep13", get("/api/v1/retention/customers/" + this.customer), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.risk").value(20))
			.andExpect(jsonPath("$.reasons[0]").value("NO_VISIT"))
			.andExpect(jsonPath("$.reasons[1]").value("COMPLAINT_OVERDUE"));
		String list = call("rep13", get("/api/v1/retention/surveys?customerId=" + this.customer), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].score").value(4))
			.andExpect(jsonPath("$[0].detractor").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long survey = ((Number) JsonPath.<List<Number>>read(list, "$[*].id").get(0)).longValue();
		call("rep1", post("/api/v1/retention/surveys/" + survey + "/follow-up-done"), null)
			.andExpect(status().isNotFound());
		call("rep13", post("/api/v1/retention/surveys/" + survey + "/follow-up-done"), null).andExpect(status().isOk());
		call("rep13", get("/api/v1/retention/surveys?customerId=" + this.customer), null)
			.andExpect(jsonPath("$[0].followUpDoneOn").value(LocalDate.now(this.clock).toString()));
	}

	@Test
	void anUnknownOrExpiredLinkTakesNoAnswer() throws Exception {
		this.mvc.perform(get("/survey/no-such-token")).andExpect(status().isNotFound());
		String token = "expired-" + System.nanoTime();
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		this.jdbc.sql("""
				insert into retention_survey (id, version, created_at, customer_id, kind, token_hash, sent_by, sent_at,
				  expires_at, detractor)
				values (nextval('app_seq'), 0, current_timestamp, :c, 'CSAT', :hash,
				  (select id from app_user where username = 'rep13'), current_timestamp - interval '20' day,
				  current_timestamp - interval '6' day, false)
				""").param("c", this.customer).param("hash", hash).update();
		this.mvc.perform(get("/survey/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("链接已经失效")))
			.andExpect(content().string(not(containsString("surveyForm"))));
		this.mvc.perform(post("/survey/" + token).param("score", "1").with(csrf()))
			.andExpect(content().string(containsString("链接已经失效")));
		assertThat(this.jdbc.sql("select count(*) from retention_survey where token_hash = :h and score is null")
			.param("h", hash)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}

package org.salesteam.retention;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Referrals as prospects (ADR 0051), from outside: a company referred in rep13's held
 * annual review becomes a prospect (source REFERRAL) owned by rep13 — also when rep13's
 * manager registers it — linked to the meeting (the meeting's list, the customer's
 * timeline). A meeting not held is a 422 on status; a blank name or a stored customer's
 * name (also written with a legal form, 有限公司) a 422 on name with nothing written; another
 * rep 404.
 */
@IntegrationTest
class ReviewReferralTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private MockHttpSession session(String username) throws Exception {
		return SignIn.as(this.mvc, username);
	}

	private long count(String sql, Object value) {
		return this.jdbc.sql(sql).param("v", value).query(Long.class).single();
	}

	@Test
	void aReferralOfAHeldMeetingBecomesTheAccountOwnersProspectLinkedToTheMeeting() throws Exception {
		RetentionTestCalls api = new RetentionTestCalls(this.mvc, this.jdbc);
		RetentionTestCalls.Created account = api.uniqueCustomer("RF", "推荐来源客户", 2_000_000, "rep13");
		this.jdbc.sql("update customer set key_account = true where id = :c").param("c", account.id()).update();
		LocalDate meetingDay = LocalDate.now(this.clock).minusDays(3);
		long review = RetentionTestCalls.created(api.call("rep13", post("/api/v1/account-reviews"),
				"{\"customerId\":%d,\"plannedOn\":\"%s\"}".formatted(account.id(), meetingDay)));
		String referred = account.name() + "-推荐印务";
		String body = "{\"name\":\"%s\"}";
		api.call("rep13", post("/api/v1/account-reviews/" + review + "/referrals"), body.formatted(referred))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		api.call("rep13", post("/api/v1/account-reviews/" + review + "/minutes"), """
				{"heldOn":"%s","referralAsked":true,"referralReceived":"%s"}""".formatted(meetingDay, referred))
			.andExpect(status().isOk());
		api.call("rep13", post("/api/v1/account-reviews/" + review + "/referrals"), body.formatted(" "))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		// the account's own name with a legal form has the same name key
		api.call("rep13", post("/api/v1/account-reviews/" + review + "/referrals"),
				body.formatted(account.name() + "有限公司"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		api.call("rep1", post("/api/v1/account-reviews/" + review + "/referrals"), body.formatted(referred))
			.andExpect(status().isNotFound());
		assertThat(count("select count(*) from retention_review_referral where review_id = :v", review)).isZero();
		assertThat(count("select count(*) from customer where name = :v", account.name() + "有限公司")).isZero();

		long prospect = RetentionTestCalls.created(
				api.call("rep13", post("/api/v1/account-reviews/" + review + "/referrals"), body.formatted(referred)));
		String manager = this.jdbc.sql("""
				select m.username from app_user u join sales_team t on t.id = u.team_id
				join app_user m on m.id = t.manager_id where u.username = 'rep13'""").query(String.class).single();
		String second = account.name() + "-二号推荐";
		long fromManager = RetentionTestCalls.created(
				api.call(manager, post("/api/v1/account-reviews/" + review + "/referrals"), body.formatted(second)));
		long rep13 = this.jdbc.sql("select id from app_user where username = 'rep13'").query(Long.class).single();
		for (long id : new long[] { prospect, fromManager }) {
			assertThat(this.jdbc.sql("select owner_id, source, status from customer where id = :c")
				.param("c", id)
				.query((rs, row) -> rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3))
				.single()).isEqualTo(rep13 + "/REFERRAL/PROSPECT");
		}
		api.call("rep13", post("/api/v1/account-reviews/" + review + "/referrals"), body.formatted(referred))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		api.call("rep13", get("/api/v1/account-reviews/" + review + "/referrals"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].customerId").value(prospect))
			.andExpect(jsonPath("$[0].customerName").value(referred))
			.andExpect(jsonPath("$[1].customerName").value(second));
		api.call("rep1", get("/api/v1/account-reviews/" + review + "/referrals"), null)
			.andExpect(status().isNotFound());

		MockHttpSession rep = session("rep13");
		String meetingPage = this.mvc.perform(get("/account-reviews/" + review).session(rep))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(meetingPage).contains(referred).contains("/customers/" + prospect);
		String timeline = this.mvc.perform(get("/customers/" + prospect + "/timeline").session(rep))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(timeline).contains("由 " + account.name() + " 在年度评估会议中推荐").contains("/account-reviews/" + review);
	}

}
